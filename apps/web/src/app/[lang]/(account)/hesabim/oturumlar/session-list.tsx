'use client';

import type { Locale, SessionInfo } from '@tarodan/contracts';
import { Monitor, Smartphone, Wrench } from 'lucide-react';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { cn } from '@/lib/cn';
import { idleState } from '@/lib/form-state';
import { formatDateTime } from '@/lib/format';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { revokeSessionsAction } from './actions';

const icons = { web: Monitor, mobile: Smartphone, admin: Wrench };

type Props = { locale: Locale; csrf: string; sessions: SessionInfo[] };

/** Every signed-in device, this one first; each other one can be signed out, or all of them at once. */
export function SessionList({ locale, csrf, sessions }: Props) {
  const [state, action] = useFormState(revokeSessionsAction, idleState);
  const t = getAccountMessages(locale).sessions;
  const ordered = [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt.localeCompare(a.lastUsedAt),
  );
  const others = ordered.filter((session) => !session.current);
  return (
    <div className="flex flex-col gap-5">
      <FormAlert state={state} locale={locale} testId="sessions-alert" />
      <ul
        className="divide-y divide-line overflow-hidden rounded-md border border-line"
        data-testid="session-list"
      >
        {ordered.map((session) => {
          const Icon = icons[session.client];
          return (
            <li
              key={session.id}
              className={cn(
                'flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:gap-4',
                session.current && 'bg-success-soft/50',
              )}
              data-testid="session-row"
              data-session-id={session.id}
              data-current={session.current ? 'true' : 'false'}
            >
              <span className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full bg-muted text-ink-muted">
                <Icon className="h-5 w-5" aria-hidden="true" />
              </span>
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-2 font-semibold text-ink">
                  <span className="truncate">{session.device}</span>
                  <span className="rounded-full bg-muted px-2 py-0.5 text-xs font-medium text-ink-muted">
                    {t.clients[session.client]}
                  </span>
                  {session.current ? (
                    <span className="rounded-full bg-success px-2 py-0.5 text-xs font-semibold text-white">
                      {t.thisDevice}
                    </span>
                  ) : null}
                </p>
                <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm text-ink-muted">
                  <div className="flex gap-1">
                    <dt>{t.ip}:</dt>
                    <dd className="font-medium tabular-nums text-ink">{session.ip ?? t.unknownIp}</dd>
                  </div>
                  <div className="flex gap-1">
                    <dt>{t.lastUsed}:</dt>
                    <dd className="text-ink">
                      <time dateTime={session.lastUsedAt}>{formatDateTime(session.lastUsedAt, locale)}</time>
                    </dd>
                  </div>
                  <div className="flex gap-1">
                    <dt>{t.signedIn}:</dt>
                    <dd>
                      <time dateTime={session.createdAt}>{formatDateTime(session.createdAt, locale)}</time>
                    </dd>
                  </div>
                </dl>
              </div>
              {session.current ? null : (
                <form action={action}>
                  <CsrfField token={csrf} />
                  <input type="hidden" name="id" value={session.id} />
                  <input type="hidden" name="intent" value="one" />
                  <SubmitButton variant="secondary" size="sm" aria-label={t.revokeLabel(session.device)}>
                    {t.revoke}
                  </SubmitButton>
                </form>
              )}
            </li>
          );
        })}
      </ul>
      {others.length > 0 ? (
        <form action={action}>
          <CsrfField token={csrf} />
          <input type="hidden" name="intent" value="others" />
          <SubmitButton variant="secondary">{t.revokeOthers}</SubmitButton>
        </form>
      ) : (
        <p className="text-sm text-ink-muted">{t.onlyThis}</p>
      )}
    </div>
  );
}
