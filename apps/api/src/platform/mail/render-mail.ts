import type { MailMessage } from './mail.port.js';

export type MailCopy = {
  subject: string;
  tr: string[];
  en: string[];
  action?: { tr: string; en: string };
  /** Said under the link, e.g. how long it works. */
  linkNote?: { tr: string[]; en: string[] };
};

/**
 * A bilingual e-mail (Turkish first, then English) in plain text and simple HTML, with an optional action button.
 * `note` lines follow the action in each language (e.g. how long a link works).
 */
export function renderMail(
  copy: MailCopy,
  to: string,
  name: string,
  link: string | null,
  category: string,
): MailMessage {
  const action = link && copy.action;
  const text = [
    `Merhaba ${name},`,
    '',
    ...copy.tr,
    ...(action ? ['', `${action.tr}: ${link}`, ...(copy.linkNote?.tr ?? [])] : []),
    '',
    '---',
    '',
    `Hello ${name},`,
    '',
    ...copy.en,
    ...(action ? ['', `${action.en}: ${link}`, ...(copy.linkNote?.en ?? [])] : []),
    '',
    'TARODAN · Koleksiyoncuların pazaryeri',
  ].join('\n');
  const paragraph = (line: string) => `<p style="margin:0 0 12px">${escapeHtml(line)}</p>`;
  const button = (label: string) =>
    action && link
      ? `<p style="margin:16px 0"><a href="${escapeHtml(link)}" style="background:#0f766e;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none;display:inline-block">${escapeHtml(label)}</a></p>`
      : '';
  const html = `<!doctype html><html lang="tr"><body style="font-family:Inter,Arial,sans-serif;color:#0f172a;max-width:560px;margin:auto;padding:24px">
${paragraph(`Merhaba ${name},`)}${copy.tr.map(paragraph).join('')}${action ? button(action.tr) : ''}
<hr style="border:none;border-top:1px solid #e2e8f0;margin:24px 0">
<div lang="en">${paragraph(`Hello ${name},`)}${copy.en.map(paragraph).join('')}${action ? button(action.en) : ''}</div>
<p style="color:#64748b;font-size:12px">TARODAN · Koleksiyoncuların pazaryeri</p></body></html>`;
  return { to, subject: copy.subject, text, html, category };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
