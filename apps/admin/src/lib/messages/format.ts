/** Fills `{name}` placeholders: format('{n} marka', { n: 3 }) → "3 marka". */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}
