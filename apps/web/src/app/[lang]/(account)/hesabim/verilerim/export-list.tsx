'use client';

import type { DataExport, Locale } from '@tarodan/contracts';
import { Download, FileArchive } from 'lucide-react';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { buttonClasses } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { cn } from '@/lib/cn';
import { idleState } from '@/lib/form-state';
import { formatDateTime } from '@/lib/format';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { requestExportAction } from './actions';

const statusStyle = {
  pending: 'bg-amber-50 text-amber-800 ring-amber-200',
  ready: 'bg-success-soft text-success ring-success/20',
  failed: 'bg-accent-soft text-accent-hover ring-accent/20',
};

type Props = { locale: Locale; csrf: string; exports: DataExport[] };

/** KVKK data exports: the request button and every archive with its status and, when ready, its download link. */
export function ExportList({ locale, csrf, exports }: Props) {
  const [state, action] = useFormState(requestExportAction, idleState);
  const t = getAccountMessages(locale).exports;
  const busy = exports.some((item) => item.status === 'pending');
  return (
    <div className="flex flex-col gap-5">
      <FormAlert state={state} locale={locale} testId="export-alert" />
      {exports.length === 0 ? (
        <p className="rounded-md border border-dashed border-line px-4 py-6 text-center text-sm text-ink-muted">
          {t.empty}
        </p>
      ) : (
        <ul className="divide-y divide-line rounded-md border border-line" data-testid="export-list">
          {exports.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center gap-3 p-4" data-testid="export-row">
              <FileArchive className="h-5 w-5 shrink-0 text-ink-subtle" aria-hidden="true" />
              <div className="min-w-0 flex-1 text-sm">
                <p className="font-medium text-ink">
                  {t.requestedAt}: {formatDateTime(item.requestedAt, locale)}
                </p>
                {item.expiresAt && item.status === 'ready' ? (
                  <p className="text-ink-muted">
                    {t.expiresAt}: {formatDateTime(item.expiresAt, locale)}
                  </p>
                ) : null}
              </div>
              <span
                className={cn(
                  'rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1',
                  statusStyle[item.status],
                )}
                data-testid="export-status"
              >
                {t.status[item.status]}
              </span>
              {item.status === 'ready' && item.downloadUrl ? (
                <a href={item.downloadUrl} className={buttonClasses('secondary', 'sm')} download>
                  <Download className="h-4 w-4" aria-hidden="true" />
                  {t.download}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <form action={action}>
        <CsrfField token={csrf} />
        <SubmitButton variant="secondary" pendingLabel={t.requesting} disabled={busy}>
          {t.request}
        </SubmitButton>
      </form>
    </div>
  );
}
