import type { ModerationFinding } from '@tarodan/contracts';
import { describe, expect, it } from 'vitest';
import { findingMessage, highlightSegments } from './finding-highlight';

const finding = (rule: ModerationFinding['rule'], message = 'x / y'): ModerationFinding => ({
  rule,
  field: 'description',
  message,
});

describe('highlightSegments', () => {
  it('marks a spaced Turkish mobile number the phone check found', () => {
    const segments = highlightSegments('Kutusu sağlam, 0532 123 45 67 arayın.', [finding('phone_number')]);
    expect(segments).toEqual([
      { text: 'Kutusu sağlam, ', rule: null },
      { text: '0532 123 45 67', rule: 'phone_number' },
      { text: ' arayın.', rule: null },
    ]);
  });

  it('marks a banned term in any case and with Turkish letters, as the folded check matches it', () => {
    const segments = highlightSegments('Bu bir ÇAKMA değil, elden ödeme olur.', [
      finding('banned_word', '"cakma" ifadesi incelemeye takılır / the term "cakma" needs review'),
      finding(
        'banned_word',
        '"elden-odeme" ifadesi incelemeye takılır / the term "elden-odeme" needs review',
      ),
    ]);
    expect(segments.filter((s) => s.rule).map((s) => s.text)).toEqual(['ÇAKMA', 'elden ödeme']);
  });

  it('marks an IBAN and an e-mail address, and leaves text without findings whole', () => {
    const text = 'IBAN TR33 0006 1005 1978 6457 8413 26 ya da koleksiyon@example.com';
    const marked = highlightSegments(text, [finding('iban'), finding('email_address')]).filter((s) => s.rule);
    expect(marked.map((s) => s.rule)).toEqual(['iban', 'email_address']);
    expect(highlightSegments(text, [])).toEqual([{ text, rule: null }]);
  });

  it('marks nothing for a price finding, which is about the price and not the text', () => {
    expect(highlightSegments('Hot Wheels 1985', [finding('price_too_low')])).toEqual([
      { text: 'Hot Wheels 1985', rule: null },
    ]);
  });
});

describe('findingMessage', () => {
  it('gives the Turkish half to Turkish readers and the English half to English ones', () => {
    const message = 'E-posta adresi paylaşılamaz / e-mail addresses are not allowed';
    expect(findingMessage(message, 'tr')).toBe('E-posta adresi paylaşılamaz');
    expect(findingMessage(message, 'en')).toBe('e-mail addresses are not allowed');
    expect(findingMessage('only one language', 'en')).toBe('only one language');
  });
});
