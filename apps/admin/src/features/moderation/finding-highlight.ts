import { CONTACT_PATTERNS, type ContactRule, type ModerationFinding, slugify } from '@tarodan/contracts';

export type FindingRule = ModerationFinding['rule'];
export type Segment = { text: string; rule: FindingRule | null };
type Range = { start: number; end: number; rule: FindingRule };

/** `"Telefon … / phone …"`: the API writes Turkish first, then English; the reader gets their half. */
export function findingMessage(message: string, locale: 'tr' | 'en'): string {
  const [turkish, english] = message.split(' / ');
  return (locale === 'en' ? english : turkish)?.trim() || message;
}

/** The folded term a `banned_word` finding names (`"cakma" ifadesi …` → `cakma`). */
export function bannedTermOf(finding: ModerationFinding): string | null {
  return finding.rule === 'banned_word' ? (/"([^"]+)"/.exec(finding.message)?.[1] ?? null) : null;
}

function patternRanges(text: string, rule: FindingRule): Range[] {
  const pattern = rule in CONTACT_PATTERNS ? CONTACT_PATTERNS[rule as ContactRule] : null;
  if (!pattern) return [];
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    rule,
  }));
}

/** Runs of words whose folded forms (ş→s, ı→i, lowercase) spell the term, e.g. "Elden ÖDEME" for `elden-odeme`. */
function termRanges(text: string, term: string): Range[] {
  const parts = term.split('-').filter(Boolean);
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: slugify(match[0]),
  }));
  const ranges: Range[] = [];
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((part, offset) => words[i + offset]?.folded === part)) {
      ranges.push({ start: words[i]!.start, end: words[i + parts.length - 1]!.end, rule: 'banned_word' });
    }
  }
  return ranges;
}

/**
 * Splits a title or description into plain and flagged pieces for the findings of that field, so the preview can
 * mark what the checks found. Overlaps keep the earlier match; a finding whose text cannot be located marks nothing.
 */
export function highlightSegments(text: string, findings: ModerationFinding[]): Segment[] {
  const ranges = findings
    .flatMap((finding) => {
      const term = bannedTermOf(finding);
      return term ? termRanges(text, term) : patternRanges(text, finding.rule);
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor || range.end === range.start) continue;
    if (range.start > cursor) segments.push({ text: text.slice(cursor, range.start), rule: null });
    segments.push({ text: text.slice(range.start, range.end), rule: range.rule });
    cursor = range.end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), rule: null });
  return segments;
}
