import type { ModerationFinding } from '@tarodan/contracts';
import type { Messages } from '@/lib/messages/tr';
import { highlightSegments } from './finding-highlight';

/** Text with what the automatic checks flagged marked (phone numbers, IBANs, e-mail addresses, banned terms). */
export function HighlightedText({
  text,
  findings,
  t,
}: {
  text: string;
  findings: ModerationFinding[];
  t: Messages['moderation'];
}) {
  const segments = highlightSegments(text, findings);
  return (
    <>
      {segments.map((segment, index) =>
        segment.rule ? (
          <mark
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder
            key={index}
            data-rule={segment.rule}
            title={t.rules[segment.rule]}
            className="rounded-sm bg-amber-300/50 box-decoration-clone px-0.5 text-foreground ring-1 ring-amber-500/60 dark:bg-amber-400/20 dark:text-amber-100"
          >
            {segment.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
