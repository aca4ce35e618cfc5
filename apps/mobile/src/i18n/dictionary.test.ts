import { en } from './en';
import { pickLocale } from './locale';
import { tr } from './tr';
import { translate } from './translate';

describe('dictionaries', () => {
  it('have exactly the same keys in Turkish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(tr).sort());
  });

  it('have no empty texts', () => {
    for (const dictionary of [tr, en]) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(tr) as (keyof typeof tr)[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({
        key,
        placeholders: placeholders(tr[key]),
      });
    }
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('tr', 'home.subcategoriesMany', { count: 12 })).toBe('12 alt kategori');
    expect(translate('en', 'home.subcategoriesMany', { count: 12 })).toBe('12 subcategories');
  });
});

describe('pickLocale', () => {
  it('takes the first device language we speak', () => {
    expect(pickLocale(['en-US', 'tr-TR'])).toBe('en');
    expect(pickLocale(['de-DE', 'tr-TR'])).toBe('tr');
    expect(pickLocale(['TR'])).toBe('tr');
  });

  it('falls back to Turkish for languages we do not speak', () => {
    expect(pickLocale(['de-DE', 'fr-FR'])).toBe('tr');
    expect(pickLocale([])).toBe('tr');
  });
});
