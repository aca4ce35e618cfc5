import { describe, expect, it } from 'vitest';
import { formatTry, slugify } from './locale.js';

describe('slugify', () => {
  it('folds Turkish letters to their ASCII base', () => {
    expect(slugify('Şimşek Köprü Işığı')).toBe('simsek-kopru-isigi');
    expect(slugify('İSTANBUL Çağlayan Ğ Ü Ö')).toBe('istanbul-caglayan-g-u-o');
  });
  it('keeps brand names readable', () => {
    expect(slugify('Märklin')).toBe('marklin');
    expect(slugify('LEGO & Yapı Setleri')).toBe('lego-ve-yapi-setleri');
    expect(slugify('  Hot Wheels  ')).toBe('hot-wheels');
  });
});

describe('formatTry', () => {
  it('writes lira the Turkish way', () => {
    expect(formatTry(123456)).toBe('1.234,56 ₺');
    expect(formatTry(5)).toBe('0,05 ₺');
    expect(formatTry(123456789)).toBe('1.234.567,89 ₺');
  });
  it('writes lira for English readers', () => {
    expect(formatTry(123456, 'en')).toBe('₺1,234.56');
  });
});
