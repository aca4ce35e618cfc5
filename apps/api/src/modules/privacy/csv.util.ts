/** Excel opens UTF-8 CSV files correctly (ç, ğ, ı, İ, ö, ş, ü) only when they start with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

export type CsvColumn<T> = { header: string; value: (row: T) => unknown };

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF or starts or
 * ends with a space, quotes doubled. Text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so a
 * spreadsheet shows it instead of running it as a formula (OWASP "CSV injection"); data.json keeps the exact values.
 */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [
    columns.map((column) => csvField(column.header)),
    ...rows.map((row) => columns.map((column) => csvField(column.value(row)))),
  ];
  return `${UTF8_BOM}${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'string') text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  const needsQuotes = /[",\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}
