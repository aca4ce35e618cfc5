import { type Locale, turkishIdMessages } from '@tarodan/contracts';

/** Words every form of the account area shares, and the API's (English) field reasons in the reader's language. */
const tr = {
  csrf: 'Güvenlik doğrulaması başarısız oldu. Sayfayı yenileyip tekrar dene.',
  unavailable: 'Şu anda işlemi tamamlayamadık. Birkaç saniye sonra tekrar dener misin?',
  invalid: 'Lütfen işaretli alanları düzelt.',
  rateLimited: (wait: string) => `Çok fazla deneme yapıldı. ${wait} sonra tekrar dene.`,
  rateLimitedNoWait: 'Çok fazla deneme yapıldı. Biraz bekleyip tekrar dene.',
  retryNow: 'Şimdi tekrar deneyebilirsin.',
  seconds: (n: number) => `${n} saniye`,
  minutes: (n: number) => `${n} dakika`,
  sessionExpired: 'Oturumunun süresi doldu. Lütfen tekrar giriş yap.',
  optional: 'isteğe bağlı',
  saving: 'Kaydediliyor…',
  save: 'Kaydet',
  email: 'E-posta',
  password: 'Şifre',
  showPassword: 'Şifreyi göster',
  hidePassword: 'Şifreyi gizle',
  reasons: {
    required: 'Bu alan zorunlu.',
    atLeast: (n: number) => `En az ${n} karakter olmalı.`,
    atMost: (n: number) => `En fazla ${n} karakter olabilir.`,
    email: 'Geçerli bir e-posta adresi yaz.',
    accepted: 'Devam etmek için bunu onaylaman gerekiyor.',
    token: 'Bağlantı geçersiz. E-postadaki bağlantıyı eksiksiz aç.',
    confirmation: 'Onay için tam olarak HESABIMI SIL yazmalısın.',
    weakPassword:
      'Bu şifre çok kolay tahmin edilir ya da sızdırılmış şifreler arasında. Başka bir şifre seç.',
    taken: 'Bu adres başka bir hesapta kullanılıyor.',
    passwordMismatch: 'İki şifre birbirinin aynı değil.',
    number: 'Bir sayı yaz.',
    min: (n: string) => `En az ${n} olmalı.`,
    max: (n: string) => `En fazla ${n} olabilir.`,
    option: 'Listeden bir seçenek seç.',
    photoRequired: 'En az bir fotoğraf ekle.',
    photoProcessing: 'Fotoğraflarından en az birinin hazırlanmasını bekle.',
    sellerRequired: 'Yayınlamadan önce satıcı hesabını aç (Satışa başla).',
    ids: {
      [turkishIdMessages.tcknLength]: 'T.C. Kimlik No 11 haneli olmalı.',
      [turkishIdMessages.tcknLeadingZero]: 'T.C. Kimlik No 0 ile başlayamaz.',
      [turkishIdMessages.tcknChecksum]: 'T.C. Kimlik No geçerli değil, rakamları kontrol et.',
      [turkishIdMessages.vknLength]: 'Vergi kimlik numarası 10 haneli olmalı.',
      [turkishIdMessages.vknChecksum]: 'Vergi kimlik numarası geçerli değil, rakamları kontrol et.',
      [turkishIdMessages.ibanCountry]: 'IBAN TR ile başlamalı.',
      [turkishIdMessages.ibanLength]: 'TR IBAN 26 karakter olmalı (TR ve 24 rakam).',
      [turkishIdMessages.ibanDigits]: 'IBAN’da TR’den sonra yalnızca rakam olmalı.',
      [turkishIdMessages.ibanReserved]: 'IBAN geçerli değil (10. hane 0 olmalı).',
      [turkishIdMessages.ibanChecksum]: 'IBAN geçerli değil, rakamları kontrol et.',
      [turkishIdMessages.mobileFormat]: 'Cep telefonunu 05xx xxx xx xx biçiminde yaz.',
      [turkishIdMessages.mobileOperator]: 'Cep telefonu numaraları 5 ile başlar (5xx xxx xx xx).',
    } as Record<string, string>,
  },
};

export type FormMessages = typeof tr;

const en: FormMessages = {
  csrf: 'The security check failed. Reload the page and try again.',
  unavailable: 'We couldn’t complete that right now. Please try again in a few seconds.',
  invalid: 'Please correct the marked fields.',
  rateLimited: (wait: string) => `Too many attempts. Try again in ${wait}.`,
  rateLimitedNoWait: 'Too many attempts. Wait a little and try again.',
  retryNow: 'You can try again now.',
  seconds: (n: number) => `${n} second${n === 1 ? '' : 's'}`,
  minutes: (n: number) => `${n} minute${n === 1 ? '' : 's'}`,
  sessionExpired: 'Your session has expired. Please sign in again.',
  optional: 'optional',
  saving: 'Saving…',
  save: 'Save',
  email: 'Email',
  password: 'Password',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  reasons: {
    required: 'This field is required.',
    atLeast: (n: number) => `Must be at least ${n} characters.`,
    atMost: (n: number) => `Must be at most ${n} characters.`,
    email: 'Enter a valid email address.',
    accepted: 'You need to accept this to continue.',
    token: 'The link is invalid. Open the link from the email in full.',
    confirmation: 'Type exactly HESABIMI SIL to confirm.',
    weakPassword: 'This password is too easy to guess or has appeared in a data breach. Choose another one.',
    taken: 'This address is used by another account.',
    passwordMismatch: 'The two passwords don’t match.',
    number: 'Enter a number.',
    min: (n: string) => `Must be at least ${n}.`,
    max: (n: string) => `Must be at most ${n}.`,
    option: 'Choose one of the options.',
    photoRequired: 'Add at least one photo.',
    photoProcessing: 'Wait until at least one of your photos is processed.',
    sellerRequired: 'Open your seller account (Start selling) before publishing.',
    ids: {
      [turkishIdMessages.tcknLength]: 'The T.C. identity number must be 11 digits.',
      [turkishIdMessages.tcknLeadingZero]: 'The T.C. identity number cannot start with 0.',
      [turkishIdMessages.tcknChecksum]: 'This T.C. identity number is not valid; check the digits.',
      [turkishIdMessages.vknLength]: 'The tax number (VKN) must be 10 digits.',
      [turkishIdMessages.vknChecksum]: 'This tax number (VKN) is not valid; check the digits.',
      [turkishIdMessages.ibanCountry]: 'The IBAN must start with TR.',
      [turkishIdMessages.ibanLength]: 'A TR IBAN has 26 characters (TR and 24 digits).',
      [turkishIdMessages.ibanDigits]: 'Only digits may follow TR in the IBAN.',
      [turkishIdMessages.ibanReserved]: 'This IBAN is not valid (the 10th character must be 0).',
      [turkishIdMessages.ibanChecksum]: 'This IBAN is not valid; check the digits.',
      [turkishIdMessages.mobileFormat]: 'Enter the mobile number as 05xx xxx xx xx.',
      [turkishIdMessages.mobileOperator]: 'Turkish mobile numbers start with 5 (5xx xxx xx xx).',
    } as Record<string, string>,
  },
};

const messages: Record<Locale, FormMessages> = { tr, en };

export function getFormMessages(locale: Locale): FormMessages {
  return messages[locale];
}

/**
 * An API or schema reason ("must be at least 10 characters", "TCKN checksum does not match") in the reader's
 * language. Reasons we do not know yet are shown as the API wrote them rather than hidden.
 */
export function translateReason(reason: string, locale: Locale): string {
  const t = messages[locale].reasons;
  const known = t.ids[reason];
  if (known) return known;
  const atLeast = /^must be at least (\d+) characters?$/.exec(reason);
  if (atLeast) return t.atLeast(Number(atLeast[1]));
  const atMost = /^must be at most (\d+) characters?$/.exec(reason);
  if (atMost) return t.atMost(Number(atMost[1]));
  if (/^is required|^required$|expected string, received (undefined|null)/i.test(reason)) return t.required;
  if (/^must have at least one photo/i.test(reason)) return t.photoRequired;
  if (/^wait until at least one photo/i.test(reason)) return t.photoProcessing;
  if (/^complete the seller profile/i.test(reason)) return t.sellerRequired;
  const minimum = /^must be at least (-?[\d.]+)$/.exec(reason);
  if (minimum?.[1]) return t.min(minimum[1]);
  const maximum = /^must be at most (-?[\d.]+)$/.exec(reason);
  if (maximum?.[1]) return t.max(maximum[1]);
  if (/^must be a number$|expected number/i.test(reason)) return t.number;
  if (/^must be one of|invalid option/i.test(reason)) return t.option;
  if (/email address/i.test(reason)) return t.email;
  if (/must be accepted/i.test(reason)) return t.accepted;
  if (/token from the e-mail link/i.test(reason)) return t.token;
  if (/HESABIMI SIL/.test(reason)) return t.confirmation;
  if (/breach|common|too weak|guess|pwned/i.test(reason)) return t.weakPassword;
  if (/already (in use|taken|registered)|is taken/i.test(reason)) return t.taken;
  return reason;
}
