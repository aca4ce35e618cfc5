/** Field errors the form has no field for, as "field: reason" lines (the API may name any field). */
export function otherFieldErrors(fields: Record<string, string>, shown: string[]): string[] {
  return Object.entries(fields)
    .filter(([field]) => !shown.includes(field))
    .map(([field, reason]) => (field ? `${field}: ${reason}` : reason));
}
