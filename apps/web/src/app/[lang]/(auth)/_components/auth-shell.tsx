import type { Locale } from '@tarodan/contracts';
import { BadgeCheck, CreditCard, ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { Container } from '@/components/ui/container';
import { getDictionary } from '@/lib/i18n/dictionaries';

type Props = {
  locale: Locale;
  title: string;
  lead?: ReactNode;
  /** Above the title: an icon tile for status pages. */
  icon?: ReactNode;
  children: ReactNode;
  /** Under the card: "no account yet? sign up". */
  footer?: ReactNode;
  testId?: string;
};

/** The card every sign-in, sign-up and password page sits in; on wide screens the safety promises sit beside it. */
export function AuthShell({ locale, title, lead, icon, children, footer, testId }: Props) {
  const trust = getDictionary(locale).trust;
  const promises = [
    { icon: ShieldCheck, title: trust.escrowTitle, text: trust.escrow },
    { icon: CreditCard, title: trust.paymentTitle, text: trust.payment },
    { icon: BadgeCheck, title: trust.sellersTitle, text: trust.sellers },
  ];
  return (
    <Container className="grid items-start gap-10 py-8 sm:py-12 lg:grid-cols-[minmax(0,480px)_minmax(0,1fr)] lg:gap-16 lg:py-16">
      <div className="mx-auto w-full max-w-[480px]" data-testid={testId}>
        <div className="rounded-lg border border-line bg-surface px-5 py-7 shadow-sm sm:px-8 sm:py-9">
          {icon ? <div className="mb-5">{icon}</div> : null}
          <h1 className="text-2xl font-extrabold tracking-[-0.03em] text-ink sm:text-[28px]">{title}</h1>
          {lead ? <div className="mt-2 leading-7 text-ink-muted">{lead}</div> : null}
          <div className="mt-7">{children}</div>
        </div>
        {footer ? <div className="mt-5 text-center text-[15px] text-ink-muted">{footer}</div> : null}
      </div>
      <aside
        aria-label={trust.title}
        className="hidden rounded-xl bg-gradient-to-br from-accent-soft via-canvas to-muted p-10 lg:block"
      >
        <p className="text-sm font-semibold uppercase tracking-[0.14em] text-accent-hover">TARODAN</p>
        <h2 className="mt-3 max-w-sm text-2xl font-extrabold tracking-[-0.02em] text-ink">{trust.title}</h2>
        <ul className="mt-8 space-y-6">
          {promises.map(({ icon: Icon, title: heading, text }) => (
            <li key={heading} className="flex gap-4">
              <span className="flex h-11 w-11 shrink-0 items-center justify-center rounded-md bg-surface text-accent-hover shadow-sm">
                <Icon className="h-5 w-5" aria-hidden="true" />
              </span>
              <span>
                <span className="block font-semibold text-ink">{heading}</span>
                <span className="mt-1 block leading-6 text-ink-muted">{text}</span>
              </span>
            </li>
          ))}
        </ul>
      </aside>
    </Container>
  );
}

/** A round icon tile for status pages (verified, check your email, link expired). */
export function StatusIcon({ tone, children }: { tone: 'success' | 'accent'; children: ReactNode }) {
  const colours = tone === 'success' ? 'bg-success-soft text-success' : 'bg-accent-soft text-accent-hover';
  return (
    <span
      className={`flex h-14 w-14 items-center justify-center rounded-full ${colours} [&>svg]:h-7 [&>svg]:w-7`}
    >
      {children}
    </span>
  );
}
