import { turkishIdMessages } from '@tarodan/contracts';
import type { MessageKey } from '@/i18n/tr';
import type { MessageParams } from '@/i18n/translate';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The reasons the contracts' schemas give (in English), and how the app says them in the reader's language. */
const known: [RegExp, (match: RegExpExecArray) => [MessageKey, MessageParams?]][] = [
  [/^must be an email address$/, () => ['reason.email']],
  [/^must be at least (\d+) characters$/, (m) => ['reason.minLength', { count: m[1]! }]],
  [/^must be at most (\d+) characters$/, (m) => ['reason.maxLength', { count: m[1]! }]],
  [/^is required$/, () => ['reason.required']],
  [/^must be accepted$/, () => ['reason.accepted']],
  [/^is not verified yet$/, () => ['reason.notVerified']],
  [exactly(turkishIdMessages.mobileFormat), () => ['reason.mobileFormat']],
  [exactly(turkishIdMessages.mobileOperator), () => ['reason.mobileOperator']],
];

/** A field's problem as a sentence for the reader; reasons the app does not know are shown as the API wrote them. */
export function reasonText(reason: string, t: Translate): string {
  for (const [pattern, toMessage] of known) {
    const match = pattern.exec(reason);
    if (match) {
      const [key, params] = toMessage(match);
      return t(key, params);
    }
  }
  const sentence = reason.charAt(0).toUpperCase() + reason.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
