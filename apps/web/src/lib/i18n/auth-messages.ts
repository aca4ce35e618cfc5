import type { Locale } from '@tarodan/contracts';

/** Sign in, register, e-mail verification and password reset. Turkish first; English has the same shape. */
const tr = {
  signIn: {
    title: 'Giriş yap',
    lead: 'Tekrar hoş geldin! Koleksiyonuna kaldığın yerden devam et.',
    submit: 'Giriş yap',
    submitting: 'Giriş yapılıyor…',
    forgot: 'Şifremi unuttum',
    noAccount: 'TARODAN’da yeni misin?',
    register: 'Ücretsiz üye ol',
    invalid: 'E-posta veya şifre hatalı.',
    unverified:
      'E-posta adresini henüz doğrulamadın. Sana gönderdiğimiz bağlantıya tıkla ya da yeni bir bağlantı iste.',
    resend: 'Doğrulama bağlantısını tekrar gönder',
    resent: 'Adres kayıtlıysa yeni bir doğrulama bağlantısı gönderdik. Gelen kutunu kontrol et.',
    blocked: 'Bu hesapla şu anda giriş yapılamıyor. Yardım sayfamızdan bize ulaşabilirsin.',
    mfa: 'Bu hesap iki adımlı doğrulama kullanıyor. İki adımlı giriş şimdilik yalnızca yönetim panelinde var.',
    notices: {
      required: 'Devam etmek için giriş yap.',
      'signed-out': 'Çıkış yaptın. Görüşmek üzere!',
      'password-reset': 'Şifren değiştirildi. Yeni şifrenle giriş yapabilirsin.',
      'account-deleted':
        'Hesabın silindi ve kişisel verilerin anonimleştirildi. Bizi tercih ettiğin için teşekkürler.',
      'session-ended': 'Oturumun sona erdi. Lütfen tekrar giriş yap.',
    } as Record<string, string>,
  },
  register: {
    title: 'Üye ol',
    lead: 'Koleksiyonerlerle güvenle alıp satmak için ücretsiz hesabını oluştur.',
    displayName: 'Görünen ad',
    displayNameHint: 'Diğer üyeler seni bu adla görür. Adın ya da bir kullanıcı adı olabilir.',
    passwordHint: 'En az 10 karakter. Uzun bir cümle ya da harf, rakam ve sembol karışımı en güvenlisi.',
    mobile: 'Cep telefonu',
    mobileHint: 'Örnek: 0532 123 45 67. Sipariş bildirimleri için kullanılır.',
    termsBefore: '',
    termsLink: 'Kullanım Koşulları',
    termsAfter: '’nı okudum ve kabul ediyorum.',
    privacyBefore: '',
    privacyLink: 'KVKK Aydınlatma Metni',
    privacyAfter: '’ni okudum; kişisel verilerimin bu metne göre işleneceğini biliyorum.',
    marketing:
      'Kampanyalardan, yeni ilanlardan ve koleksiyon haberlerinden e-posta ile haberdar olmak istiyorum (isteğe bağlı, istediğin zaman kapatabilirsin).',
    submit: 'Hesabımı oluştur',
    submitting: 'Hesap oluşturuluyor…',
    haveAccount: 'Zaten üye misin?',
    signIn: 'Giriş yap',
    strength: {
      label: 'Şifre gücü',
      levels: ['Çok zayıf', 'Zayıf', 'İdare eder', 'Güçlü', 'Çok güçlü'],
    },
  },
  checkEmail: {
    title: 'E-postanı kontrol et',
    lead: 'Hesabını etkinleştirmek için sana bir doğrulama bağlantısı gönderdik. Bağlantıya tıkladıktan sonra giriş yapabilirsin.',
    tips: [
      'E-posta birkaç dakika içinde gelir.',
      'Gelen kutunda göremiyorsan gereksiz (spam) klasörüne bak.',
      'Bu adresle zaten bir hesabın varsa sana bunu bildiren bir e-posta gönderdik.',
    ],
    resendTitle: 'E-posta gelmedi mi?',
    resendSubmit: 'Bağlantıyı tekrar gönder',
    back: 'Giriş sayfasına dön',
  },
  verify: {
    successTitle: 'E-posta adresin doğrulandı',
    successLead: (email: string) =>
      `${email} adresi doğrulandı. Artık giriş yapıp alışverişe başlayabilirsin.`,
    signIn: 'Giriş yap',
    home: 'Ana sayfaya dön',
    failedTitle: 'Bu bağlantı artık geçerli değil',
    failedLead:
      'Bağlantı daha önce kullanılmış ya da süresi dolmuş olabilir. Adresini zaten doğruladıysan giriş yapabilirsin; doğrulamadıysan yeni bir bağlantı iste.',
    limitedTitle: 'Çok fazla deneme yapıldı',
    resendTitle: 'Yeni doğrulama bağlantısı iste',
  },
  forgot: {
    title: 'Şifreni mi unuttun?',
    lead: 'Hesabına kayıtlı e-posta adresini yaz; şifreni yenilemen için bir bağlantı gönderelim.',
    submit: 'Sıfırlama bağlantısı gönder',
    submitting: 'Gönderiliyor…',
    sent: 'Bu adres kayıtlıysa birkaç dakika içinde bir şifre sıfırlama bağlantısı gelecek. Bağlantı kısa bir süre geçerlidir.',
    back: 'Giriş sayfasına dön',
  },
  reset: {
    title: 'Yeni şifreni belirle',
    lead: 'Yeni şifreni belirlediğinde tüm cihazlardaki oturumların kapatılır.',
    newPassword: 'Yeni şifre',
    confirmPassword: 'Yeni şifre (tekrar)',
    submit: 'Şifremi değiştir',
    submitting: 'Değiştiriliyor…',
    invalidToken: 'Bu sıfırlama bağlantısı geçersiz ya da süresi dolmuş. Yeni bir bağlantı iste.',
    missingToken: 'Bağlantı eksik görünüyor. E-postadaki bağlantıyı eksiksiz açtığından emin ol.',
    requestNew: 'Yeni bağlantı iste',
  },
};

export type AuthMessages = typeof tr;

const en: AuthMessages = {
  signIn: {
    title: 'Sign in',
    lead: 'Welcome back! Pick up your collection where you left off.',
    submit: 'Sign in',
    submitting: 'Signing in…',
    forgot: 'Forgot your password?',
    noAccount: 'New to TARODAN?',
    register: 'Create a free account',
    invalid: 'Email or password is incorrect.',
    unverified:
      'You haven’t verified your email address yet. Click the link we sent you, or ask for a new one.',
    resend: 'Send the verification link again',
    resent: 'If the address is registered, we’ve sent a new verification link. Check your inbox.',
    blocked: 'This account cannot sign in at the moment. You can reach us from the help page.',
    mfa: 'This account uses two-step verification. Two-step sign-in is available only in the admin panel for now.',
    notices: {
      required: 'Sign in to continue.',
      'signed-out': 'You’ve signed out. See you soon!',
      'password-reset': 'Your password has been changed. Sign in with your new password.',
      'account-deleted':
        'Your account has been deleted and your personal data anonymised. Thank you for being with us.',
      'session-ended': 'Your session has ended. Please sign in again.',
    } as Record<string, string>,
  },
  register: {
    title: 'Create an account',
    lead: 'Create your free account to buy and sell safely with fellow collectors.',
    displayName: 'Display name',
    displayNameHint: 'Other members see you by this name. It can be your name or a username.',
    passwordHint:
      'At least 10 characters. A long sentence, or a mix of letters, digits and symbols, is safest.',
    mobile: 'Mobile phone',
    mobileHint: 'Example: 0532 123 45 67. Used for order notifications.',
    termsBefore: 'I have read and accept the ',
    termsLink: 'Terms of use',
    termsAfter: '.',
    privacyBefore: 'I have read the ',
    privacyLink: 'Privacy notice (KVKK)',
    privacyAfter: ' and know my personal data is processed as it describes.',
    marketing:
      'Email me about offers, new listings and collecting news (optional; you can turn this off at any time).',
    submit: 'Create my account',
    submitting: 'Creating your account…',
    haveAccount: 'Already a member?',
    signIn: 'Sign in',
    strength: {
      label: 'Password strength',
      levels: ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'],
    },
  },
  checkEmail: {
    title: 'Check your email',
    lead: 'We’ve sent you a verification link to activate your account. Once you’ve clicked it, you can sign in.',
    tips: [
      'The email arrives within a few minutes.',
      'If it isn’t in your inbox, look in your spam folder.',
      'If you already have an account with this address, we’ve emailed you about that instead.',
    ],
    resendTitle: 'Didn’t get the email?',
    resendSubmit: 'Send the link again',
    back: 'Back to sign in',
  },
  verify: {
    successTitle: 'Your email address is verified',
    successLead: (email: string) => `${email} is verified. You can now sign in and start collecting.`,
    signIn: 'Sign in',
    home: 'Back to home',
    failedTitle: 'This link is no longer valid',
    failedLead:
      'The link may have been used already or expired. If you have already verified your address, just sign in; otherwise ask for a new link.',
    limitedTitle: 'Too many attempts',
    resendTitle: 'Ask for a new verification link',
  },
  forgot: {
    title: 'Forgot your password?',
    lead: 'Enter the email address of your account and we’ll send you a link to choose a new password.',
    submit: 'Send the reset link',
    submitting: 'Sending…',
    sent: 'If this address is registered, a password reset link will arrive within a few minutes. The link is valid for a short time.',
    back: 'Back to sign in',
  },
  reset: {
    title: 'Choose a new password',
    lead: 'When you set a new password, you are signed out on every device.',
    newPassword: 'New password',
    confirmPassword: 'New password (again)',
    submit: 'Change my password',
    submitting: 'Changing…',
    invalidToken: 'This reset link is invalid or has expired. Ask for a new one.',
    missingToken: 'The link looks incomplete. Make sure you open the link from the email in full.',
    requestNew: 'Ask for a new link',
  },
};

const messages: Record<Locale, AuthMessages> = { tr, en };

export function getAuthMessages(locale: Locale): AuthMessages {
  return messages[locale];
}
