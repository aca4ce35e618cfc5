import { describe, expect, it } from 'vitest';
import { csvField, toCsv, UTF8_BOM } from './csv.util.js';

describe('CSV for spreadsheets', () => {
  it('starts with a BOM, ends lines with CRLF and keeps Turkish letters as they are', () => {
    const csv = toCsv(
      [
        { header: 'ad', value: (r: { ad: string; şehir: string }) => r.ad },
        { header: 'şehir', value: (r) => r.şehir },
      ],
      [{ ad: 'Ayşe Yılmaz', şehir: 'İstanbul' }],
    );
    expect(csv).toBe(`${UTF8_BOM}ad,şehir\r\nAyşe Yılmaz,İstanbul\r\n`);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it.each([
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    [' padded ', '" padded "'],
    ['plain', 'plain'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes nulls as empty, dates as ISO, objects as JSON and numbers and booleans as text', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(new Date('2026-01-02T03:04:05.000Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(csvField({ status: 'banned', reason: 'spam, ads' })).toBe(
      '"{""status"":""banned"",""reason"":""spam, ads""}"',
    );
    expect(csvField(-5)).toBe('-5');
    expect(csvField(true)).toBe('true');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField('+905551112233')).toBe("'+905551112233");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1+1')).toBe("'-1+1");
  });
});
