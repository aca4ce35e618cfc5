import type { MailMessage } from '../../platform/mail/mail.port.js';
import { type MailCopy, renderMail } from '../../platform/mail/render-mail.js';

type LinkPurpose = 'verify_email' | 'change_email' | 'reset_password';
export type NoticeKind =
  | 'already-registered'
  | 'password-changed'
  | 'email-changed'
  | 'account-suspended'
  | 'account-banned';

type Copy = MailCopy;

const LINK_COPY: Record<LinkPurpose, Copy> = {
  verify_email: {
    subject: 'E-posta adresinizi doğrulayın · Verify your e-mail',
    tr: ['TARODAN’a hoş geldiniz! Hesabınızı etkinleştirmek için e-posta adresinizi doğrulayın.'],
    en: ['Welcome to TARODAN! Verify your e-mail address to activate your account.'],
    action: { tr: 'E-postamı doğrula', en: 'Verify my e-mail' },
    linkNote: {
      tr: ['Bağlantı 24 saat geçerlidir ve bir kez kullanılabilir.'],
      en: ['The link works once, for 24 hours.'],
    },
  },
  change_email: {
    subject: 'Yeni e-posta adresinizi onaylayın · Confirm your new e-mail',
    tr: ['TARODAN hesabınızın e-posta adresini bu adresle değiştirmek için onaylayın.'],
    en: ['Confirm to use this address for your TARODAN account.'],
    action: { tr: 'Adresimi onayla', en: 'Confirm my address' },
    linkNote: {
      tr: ['Bağlantı 24 saat geçerlidir ve bir kez kullanılabilir.'],
      en: ['The link works once, for 24 hours.'],
    },
  },
  reset_password: {
    subject: 'Şifre sıfırlama · Reset your password',
    tr: [
      'Şifrenizi sıfırlamak için bağlantıya tıklayın. Bu isteği siz yapmadıysanız bu e-postayı yok sayın.',
    ],
    en: ['Click the link to reset your password. If you did not ask for this, ignore this e-mail.'],
    action: { tr: 'Şifremi sıfırla', en: 'Reset my password' },
    linkNote: {
      tr: ['Bağlantı 24 saat geçerlidir ve bir kez kullanılabilir.'],
      en: ['The link works once, for 24 hours.'],
    },
  },
};

const NOTICE_COPY: Record<NoticeKind, Copy> = {
  'already-registered': {
    subject: 'Bu adresle zaten bir hesabınız var · You already have an account',
    tr: [
      'Bu e-posta adresiyle yeni bir hesap açılmak istendi, ancak adresiniz zaten kayıtlı.',
      'Şifrenizi hatırlamıyorsanız giriş sayfasındaki “Şifremi unuttum” bağlantısını kullanın.',
    ],
    en: [
      'Someone tried to register with this e-mail address, but it already has an account.',
      'If you forgot your password, use “Forgot password” on the sign-in page.',
    ],
  },
  'password-changed': {
    subject: 'Şifreniz değiştirildi · Your password was changed',
    tr: ['Hesabınızın şifresi değiştirildi. Bunu siz yapmadıysanız hemen destek ekibimize yazın.'],
    en: ['Your account password was changed. If this was not you, contact support right away.'],
  },
  'email-changed': {
    subject: 'E-posta adresiniz değiştirildi · Your e-mail address was changed',
    tr: [
      'Hesabınız artık yeni bir e-posta adresi kullanıyor. Bunu siz yapmadıysanız destek ekibimize yazın.',
    ],
    en: ['Your account now uses a new e-mail address. If this was not you, contact support.'],
  },
  'account-suspended': {
    subject: 'Hesabınız askıya alındı · Your account was suspended',
    tr: ['Hesabınız moderatörlerimiz tarafından askıya alındı. Ayrıntılar için destek ekibimize yazın.'],
    en: ['Your account was suspended by our moderators. Contact support for details.'],
  },
  'account-banned': {
    subject: 'Hesabınız kapatıldı · Your account was closed',
    tr: ['Hesabınız kullanım koşullarının ihlali nedeniyle kapatıldı.'],
    en: ['Your account was closed for breaking the terms of use.'],
  },
};

export function accountLinkMessage(
  purpose: LinkPurpose,
  to: string,
  name: string,
  link: string,
): MailMessage {
  return renderMail(LINK_COPY[purpose], to, name, link, `account-${purpose.replace('_', '-')}`);
}

export function accountNoticeMessage(kind: NoticeKind, to: string, name: string): MailMessage {
  return renderMail(NOTICE_COPY[kind], to, name, null, `account-${kind}`);
}
