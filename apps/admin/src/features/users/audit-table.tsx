import type { AuditEntry } from '@tarodan/contracts';
import { History } from 'lucide-react';
import { Card, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { Messages } from '@/lib/messages/tr';
import { describeChanges, displayValue } from './audit-change';

type Texts = Pick<Messages, 'users' | 'roles' | 'statuses' | 'auditActions'>;

/** Role and status values read in the reader's language; anything else stays as recorded. */
function translator(t: Texts): (text: string) => string {
  const known: Record<string, string> = { ...t.roles, ...t.statuses };
  return (text) => known[text] ?? text;
}

/** Field names of the snapshots, in the reader's language where the panel knows them. */
function fieldLabel(field: string, t: Texts): string {
  const labels: Record<string, string> = {
    status: t.users.status,
    statusReason: t.users.reason,
    reason: t.users.reason,
    role: t.users.role,
  };
  return labels[field] ?? field;
}

function Changes({ entry, t }: { entry: AuditEntry; t: Texts }) {
  const changes = describeChanges(entry.before, entry.after);
  if (changes.length === 0) return <span className="text-muted-foreground/60">—</span>;
  const translate = translator(t);
  return (
    <ul className="flex flex-col gap-0.5">
      {changes.map((change) => (
        <li key={change.field || 'value'} className="min-w-0 break-words text-xs">
          {change.field ? (
            <span className="text-muted-foreground">{fieldLabel(change.field, t)}: </span>
          ) : null}
          {change.from !== null ? (
            <>
              <span className="text-muted-foreground line-through decoration-muted-foreground/50">
                {displayValue(change.from, translate)}
              </span>
              <span className="px-1 text-muted-foreground" aria-hidden="true">
                →
              </span>
            </>
          ) : null}
          <span className="font-medium">{displayValue(change.to, translate)}</span>
        </li>
      ))}
    </ul>
  );
}

export function AuditTable({
  entries,
  t,
  dateTimeFormat,
}: {
  entries: AuditEntry[];
  t: Texts;
  dateTimeFormat: Intl.DateTimeFormat;
}) {
  return (
    <Card className="overflow-hidden" data-testid="audit-trail">
      <CardHeader className="flex-row items-center gap-2 border-b py-3">
        <History className="size-4 text-muted-foreground" aria-hidden="true" />
        <CardTitle>{t.users.audit}</CardTitle>
      </CardHeader>
      {entries.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-muted-foreground">{t.users.auditEmpty}</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="w-40">{t.users.when}</TableHead>
              <TableHead>{t.users.action}</TableHead>
              <TableHead className="hidden sm:table-cell">{t.users.actor}</TableHead>
              <TableHead>{t.users.change}</TableHead>
              <TableHead className="hidden lg:table-cell">{t.users.ip}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((entry) => (
              <TableRow key={entry.id} data-testid="audit-entry" data-action={entry.action}>
                <TableCell className="tabular whitespace-nowrap py-1.5 align-top text-xs text-muted-foreground">
                  <time dateTime={entry.createdAt}>{dateTimeFormat.format(new Date(entry.createdAt))}</time>
                </TableCell>
                <TableCell className="py-1.5 align-top">
                  <span className="font-medium">{t.auditActions[entry.action] ?? entry.action}</span>
                  <span className="block text-xs text-muted-foreground sm:hidden">
                    {entry.actor.displayName ?? t.users.system}
                  </span>
                </TableCell>
                <TableCell className="hidden py-1.5 align-top sm:table-cell">
                  <span className="block">{entry.actor.displayName ?? t.users.system}</span>
                  {entry.actor.role ? (
                    <span className="text-xs text-muted-foreground">
                      {t.roles[entry.actor.role as keyof Texts['roles']] ?? entry.actor.role}
                    </span>
                  ) : null}
                </TableCell>
                <TableCell className="max-w-[18rem] py-1.5 align-top">
                  <Changes entry={entry} t={t} />
                </TableCell>
                <TableCell className="hidden py-1.5 align-top font-mono text-xs text-muted-foreground lg:table-cell">
                  {entry.ip ?? '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
