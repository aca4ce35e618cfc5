import type { ModerationFinding } from '@tarodan/contracts';
import { AlertTriangle } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { Messages } from '@/lib/messages/tr';
import { cn } from '@/lib/utils';
import { findingMessage } from './finding-highlight';

type Props = {
  findings: ModerationFinding[];
  t: Messages['moderation'];
  locale: 'tr' | 'en';
  /** In the queue the message is one clamped line; the preview shows it whole. */
  dense?: boolean;
  className?: string;
};

/** Each automatic finding as a badge (the rule, and the field it was found in) with the check's message. */
export function FindingList({ findings, t, locale, dense = false, className }: Props) {
  if (findings.length === 0) {
    return <span className="text-xs text-muted-foreground">{t.noFindings}</span>;
  }
  return (
    <ul className={cn('flex flex-col gap-1', className)} data-testid="findings">
      {findings.map((finding) => {
        const message = findingMessage(finding.message, locale);
        return (
          <li
            key={`${finding.rule}-${finding.field}-${finding.message}`}
            data-rule={finding.rule}
            className="flex min-w-0 flex-col items-start gap-0.5"
          >
            <Badge variant="warning" className="max-w-full">
              <AlertTriangle className="size-3 shrink-0" aria-hidden="true" />
              <span className="truncate">
                {t.rules[finding.rule]}
                {t.field[finding.field] ? (
                  <span className="font-normal opacity-80"> · {t.field[finding.field]}</span>
                ) : null}
              </span>
            </Badge>
            <span
              className={cn(
                'text-xs text-muted-foreground',
                dense && 'line-clamp-1 break-all sm:break-normal',
              )}
              title={dense ? message : undefined}
            >
              {message}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
