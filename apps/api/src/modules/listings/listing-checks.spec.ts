import { describe, expect, it } from 'vitest';
import { checkListing } from './listing-checks.js';

const clean = {
  title: 'Hot Wheels 1:64 Porsche 911 GT3 RS Treasure Hunt',
  description: 'Kartela hiç açılmadı, köşelerde hafif ezik var. 2023 serisi, 5 adet arasından.',
  priceKurus: 45_000,
};
const rules = (
  overrides: Partial<typeof clean>,
  price = null as { medianKurus: number; sample: number } | null,
) => checkListing({ ...clean, ...overrides }, price).map((f) => `${f.rule}:${f.field}`);

describe('automatic listing checks', () => {
  it('lets an ordinary collectible listing through', () => {
    expect(rules({})).toEqual([]);
  });

  it.each([
    ['0532 123 45 67'],
    ['+90 (532) 123-45-67'],
    ['05321234567'],
    ['0 212 555 12 12'],
    ['532.123.45.67'],
  ])('finds the phone number %s in the description', (phone) => {
    expect(rules({ description: `Detaylar için arayın: ${phone} akşamları` })).toEqual([
      'phone_number:description',
    ]);
  });

  it('does not mistake set numbers, years and scales for phone numbers', () => {
    expect(
      rules({ description: 'LEGO 75192 Millennium Falcon, 7541 parça, 2017, 1:64 ve 1:18 ölçek kutusuyla' }),
    ).toEqual([]);
  });

  it('finds an IBAN with or without spaces', () => {
    expect(rules({ description: 'Ödeme: TR33 0006 1005 1978 6457 8413 26' })).toContain('iban:description');
    expect(rules({ description: 'TR330006100519786457841326 hesabına' })).toContain('iban:description');
  });

  it('finds an e-mail address in the title', () => {
    expect(rules({ title: 'Satılık koleksiyon satici@example.com' })).toEqual(['email_address:title']);
  });

  it('matches banned words whatever their case and Turkish letters', () => {
    expect(rules({ title: 'ÇAKMA Hot Wheels seti' })).toEqual(['banned_word:title']);
    expect(rules({ description: 'Ödeme elden ödeme ile yapılır, kargo yok ama görüşürüz.' })).toEqual([
      'banned_word:description',
    ]);
    expect(rules({ description: 'Bilgi için WhatsApp üzerinden yazın lütfen arkadaşlar.' })).toEqual([
      'banned_word:description',
    ]);
  });

  it('does not match a banned word inside a longer word', () => {
    expect(rules({ description: 'Sahtekarlık yok; orijinal kutusunda, eftelya serisi değil.' })).toEqual([]);
  });

  it('compares the price with the category median only when there are enough listings', () => {
    expect(rules({ priceKurus: 1_000 }, { medianKurus: 50_000, sample: 4 })).toEqual([]);
    expect(rules({ priceKurus: 1_000 }, { medianKurus: 50_000, sample: 5 })).toEqual([
      'price_too_low:priceKurus',
    ]);
    expect(rules({ priceKurus: 2_000_000 }, { medianKurus: 50_000, sample: 10 })).toEqual([
      'price_too_high:priceKurus',
    ]);
    expect(rules({ priceKurus: 900_000 }, { medianKurus: 50_000, sample: 10 })).toEqual([]);
  });
});
