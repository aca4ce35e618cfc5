/** One changed field of an audit entry: `status: active → suspended`. */
export type FieldChange = { field: string; from: unknown; to: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What an audit entry changed, field by field, from its `before` and `after` snapshots (either may be missing).
 * Fields equal on both sides are left out; snapshots that are not objects become one unnamed change.
 */
export function describeChanges(before: unknown, after: unknown): FieldChange[] {
  const from = before ?? null;
  const to = after ?? null;
  if ((from === null || isRecord(from)) && (to === null || isRecord(to))) {
    const fields = [...new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})])];
    return fields
      .map((field) => ({ field, from: from?.[field] ?? null, to: to?.[field] ?? null }))
      .filter((change) => !same(change.from, change.to));
  }
  return same(from, to) ? [] : [{ field: '', from, to }];
}

/** A snapshot value as short text: strings as they are, nothing as "—", the rest as JSON. */
export function displayValue(value: unknown, translate: (text: string) => string = (text) => text): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return translate(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
