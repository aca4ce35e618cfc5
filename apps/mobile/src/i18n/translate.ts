import type { Locale } from '@tarodan/contracts';
import { en } from './en';
import { type Dictionary, type MessageKey, tr } from './tr';

export const dictionaries: Record<Locale, Dictionary> = { tr, en };

export type MessageParams = Record<string, string | number>;

/** The text for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
