import { Info } from 'lucide-react';
import type { Metadata } from 'next';
import { BrandMark } from '@/components/brand-mark';
import { LocaleSwitch } from '@/components/shell/locale-switch';
import { ThemeToggle } from '@/components/shell/theme-toggle';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { getLocale, getMessages } from '@/lib/i18n';
import { safeNextPath } from '@/lib/session';
import { cn } from '@/lib/utils';
import { readChallenge, type SignInStep } from './challenge';
import { SignInFlow } from './sign-in-flow';

export const dynamic = 'force-dynamic';

export function generateMetadata(): Metadata {
  return { title: getMessages().signIn.submit };
}

type SearchParams = { next?: string | string[]; reason?: string | string[] };

function notice(reason: string | undefined, t: ReturnType<typeof getMessages>['signIn']) {
  if (reason === 'expired') return { text: t.expired, destructive: false };
  if (reason === 'signed-out') return { text: t.signedOut, destructive: false };
  if (reason === 'forbidden') return { text: t.forbidden, destructive: true };
  if (reason === 'mfa-expired') return { text: t.mfaExpired, destructive: true };
  return null;
}

export default function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = getLocale();
  const messages = getMessages(locale);
  const t = messages.signIn;
  const next = safeNextPath(Array.isArray(searchParams.next) ? searchParams.next[0] : searchParams.next);
  const reason = Array.isArray(searchParams.reason) ? searchParams.reason[0] : searchParams.reason;
  const info = notice(reason, t);
  const step: SignInStep = readChallenge()?.step ?? 'credentials';

  return (
    <div className="relative flex min-h-dvh flex-col bg-muted/40">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 top-0 h-72 bg-[radial-gradient(60%_100%_at_50%_0%,hsl(var(--brand)/0.14),transparent)]"
      />
      <header className="relative flex items-center justify-end gap-1 p-3">
        <LocaleSwitch
          locale={locale}
          label={`${messages.userMenu.languageLabel}: ${messages.userMenu.language}`}
        />
        <ThemeToggle t={messages.theme} />
      </header>
      <main className="relative flex flex-1 items-start justify-center px-4 pb-16 pt-6 sm:items-center sm:pt-0">
        <div className={cn('flex w-full flex-col gap-6', step === 'credentials' ? 'max-w-sm' : 'max-w-md')}>
          <BrandMark subtitle={messages.app.panel} className="justify-center" />
          <Card className="shadow-md">
            <SignInFlow
              step={step}
              next={next}
              t={{ signIn: t, mfa: messages.mfa }}
              notice={
                info ? (
                  <Alert variant={info.destructive ? 'destructive' : 'info'} data-testid="sign-in-notice">
                    <Info aria-hidden="true" />
                    <span>{info.text}</span>
                  </Alert>
                ) : null
              }
            />
          </Card>
          <p className="text-center text-xs text-muted-foreground">{t.footer}</p>
        </div>
      </main>
    </div>
  );
}
