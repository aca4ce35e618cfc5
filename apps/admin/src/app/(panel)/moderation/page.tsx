import { CheckCircle2, Inbox } from 'lucide-react';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Pagination, pageHref } from '@/components/pagination';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ModerationForbidden } from '@/features/moderation/moderation-forbidden';
import { QueueTable } from '@/features/moderation/queue-table';
import { ApiError } from '@/lib/api';
import { withSession } from '@/lib/auth';
import { getLocale, getMessages, intlLocale } from '@/lib/i18n';
import { format } from '@/lib/messages/format';
import { listModerationQueue } from '@/lib/moderation-api';
import { firstParam, pageParam } from '@/lib/search-params';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 25;

type SearchParams = { page?: string | string[]; done?: string | string[]; title?: string | string[] };

export function generateMetadata(): Metadata {
  return { title: getMessages().moderation.title };
}

/** After an approve or reject: what happened to which listing (it is no longer in the list below). */
function DoneMessage({
  done,
  title,
  t,
}: {
  done: string | undefined;
  title: string;
  t: { ok: string } | null;
}) {
  if (!t || !done) return null;
  return (
    <Alert data-testid="moderation-done" data-done={done} className="py-2">
      <CheckCircle2 aria-hidden="true" className="text-success" />
      <span>{format(t.ok, { title: title ? `“${title}”` : '' })}</span>
    </Alert>
  );
}

export default async function ModerationPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = getLocale();
  const messages = getMessages(locale);
  const t = messages.moderation;
  const page = pageParam(searchParams.page);
  let result: Awaited<ReturnType<typeof listModerationQueue>>;
  try {
    result = await withSession((token) =>
      listModerationQueue(token, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, locale }),
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      return (
        <>
          <PageHeader title={t.title} />
          <ModerationForbidden t={t} home={messages.errors.home} />
        </>
      );
    }
    throw error;
  }
  // The last item of a later page was just moderated: show the new last page rather than an empty one.
  if (result.items.length === 0 && page > 1 && result.total > 0) {
    redirect(pageHref('/moderation', {}, Math.ceil(result.total / PAGE_SIZE)));
  }

  const numberLocale = intlLocale(locale);
  const dateTimeFormat = new Intl.DateTimeFormat(numberLocale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Istanbul',
  });
  const done = firstParam(searchParams.done);
  const doneText =
    done === 'approved' ? { ok: t.approvedDone } : done === 'rejected' ? { ok: t.rejectedDone } : null;

  return (
    <>
      <PageHeader title={t.title} description={t.description}>
        <Badge variant={result.total > 0 ? 'warning' : 'outline'} data-testid="moderation-total">
          {format(t.pendingCount, { n: new Intl.NumberFormat(numberLocale).format(result.total) })}
        </Badge>
      </PageHeader>
      <DoneMessage done={done} title={(firstParam(searchParams.title) ?? '').slice(0, 200)} t={doneText} />
      {result.items.length === 0 ? (
        <EmptyState icon={Inbox} title={t.emptyTitle}>
          {t.emptyText}
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-2">
          <Card className="overflow-hidden">
            <QueueTable items={result.items} t={t} locale={locale} dateTimeFormat={dateTimeFormat} />
            <div className="border-t">
              <Pagination
                page={page}
                pageSize={PAGE_SIZE}
                total={result.total}
                path="/moderation"
                t={t}
                numberLocale={numberLocale}
                rangeTestId="moderation-range"
              />
            </div>
          </Card>
          <p className="hidden text-xs text-muted-foreground md:block">{t.keyboardHint}</p>
        </div>
      )}
    </>
  );
}
