import { BadgeCheck, CreditCard, ShieldCheck } from 'lucide-react';
import { Container } from '@/components/ui/container';
import type { Dictionary } from '@/lib/i18n/dictionaries';

export function TrustStrip({ t }: { t: Dictionary['trust'] }) {
  const items = [
    { icon: ShieldCheck, title: t.escrowTitle, text: t.escrow },
    { icon: CreditCard, title: t.paymentTitle, text: t.payment },
    { icon: BadgeCheck, title: t.sellersTitle, text: t.sellers },
  ];
  return (
    <section aria-labelledby="trust-title" className="mt-16">
      <Container>
        <h2 id="trust-title" className="sr-only">
          {t.title}
        </h2>
        <ul className="grid gap-px overflow-hidden rounded-lg border border-line bg-line md:grid-cols-3">
          {items.map(({ icon: Icon, title, text }) => (
            <li key={title} className="flex gap-4 bg-surface p-5 sm:p-6">
              <span className="flex h-11 w-11 shrink-0 items-center justify-center rounded-md bg-success-soft text-success">
                <Icon className="h-5 w-5" aria-hidden="true" />
              </span>
              <div>
                <h3 className="font-semibold text-ink">{title}</h3>
                <p className="mt-1 text-sm leading-6 text-ink-muted">{text}</p>
              </div>
            </li>
          ))}
        </ul>
      </Container>
    </section>
  );
}
