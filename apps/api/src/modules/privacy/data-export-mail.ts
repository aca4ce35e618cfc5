import type { MailMessage } from '../../platform/mail/mail.port.js';

export type DataExportReadyMail = {
  to: string;
  displayName: string;
  /** The account page section that lists the exports, e.g. `https://tarodan.com/hesabim#veri`. */
  accountUrl: string;
  expiresAt: Date;
};

const trDate = new Intl.DateTimeFormat('tr-TR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Istanbul',
});
const enDate = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Istanbul',
});

/**
 * "Your data export is ready", Turkish first, then English. It links to the account page, never to the file: the
 * download link is short-lived and handed out only to the signed-in member.
 */
export function dataExportReadyMail(input: DataExportReadyMail): MailMessage {
  const trUntil = trDate.format(input.expiresAt);
  const enUntil = `${enDate.format(input.expiresAt)} (Istanbul time)`;
  const text = [
    `Merhaba ${input.displayName},`,
    '',
    'TARODAN hesabınızdaki kişisel verilerinizin kopyası hazır.',
    `İndirmek için oturum açıp hesap sayfanıza gidin: ${input.accountUrl}`,
    `Dosya ${trUntil} tarihine kadar indirilebilir; sonra silinir.`,
    'Bu isteği siz yapmadıysanız şifrenizi değiştirin ve bize yazın.',
    '',
    '---',
    '',
    `Hello ${input.displayName},`,
    '',
    'The copy of the personal data in your TARODAN account is ready.',
    `To download it, sign in and open your account page: ${input.accountUrl}`,
    `You can download it until ${enUntil}; then it is deleted.`,
    'If you did not ask for it, change your password and let us know.',
    '',
    'TARODAN',
  ].join('\n');
  const name = escapeHtml(input.displayName);
  const url = escapeHtml(input.accountUrl);
  const html = `<!doctype html>
<html lang="tr"><body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#1f2937">
<p>Merhaba ${name},</p>
<p>TARODAN hesabınızdaki kişisel verilerinizin kopyası hazır.</p>
<p><a href="${url}" style="display:inline-block;padding:10px 16px;background:#4f46e5;color:#ffffff;text-decoration:none;border-radius:6px">Hesabıma git ve indir</a></p>
<p>Dosya ${escapeHtml(trUntil)} tarihine kadar indirilebilir; sonra silinir. Bu isteği siz yapmadıysanız şifrenizi değiştirin ve bize yazın.</p>
<hr style="border:none;border-top:1px solid #e5e7eb">
<div lang="en">
<p>Hello ${name},</p>
<p>The copy of the personal data in your TARODAN account is ready. To download it, sign in and open <a href="${url}">your account page</a>.</p>
<p>You can download it until ${escapeHtml(enUntil)}; then it is deleted. If you did not ask for it, change your password and let us know.</p>
</div>
<p>TARODAN</p>
</body></html>
`;
  return {
    to: input.to,
    subject: 'Verilerinizin kopyası hazır / Your data export is ready',
    text,
    html,
    category: 'data-export-ready',
  };
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}
