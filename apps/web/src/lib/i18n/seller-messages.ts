import type { Locale, SellerType } from '@tarodan/contracts';

/** Seller onboarding (/sat/baslat). Turkish first; English has the same shape. */
const tr = {
  title: 'Satışa başla',
  lead: 'Satışlarının ödemesini alabilmen için ödeme kuruluşumuz iyzico’da senin adına bir alt üye işyeri hesabı açıyoruz. Kimlik ve banka bilgilerin şifreli saklanır; yalnızca iyzico ile paylaşılır.',
  typeLegend: 'Nasıl satış yapacaksın?',
  types: {
    PERSONAL: { title: 'Bireysel', text: 'Kendi koleksiyonundan satış yapan kişiler' },
    PRIVATE_COMPANY: { title: 'Şahıs şirketi', text: 'Vergi mükellefi şahıs işletmeleri' },
    LIMITED_OR_JOINT_STOCK_COMPANY: { title: 'Limited / anonim şirket', text: 'Ltd. Şti. ve A.Ş.' },
  } satisfies Record<SellerType, { title: string; text: string }>,
  sections: {
    store: 'Mağaza',
    identity: 'Kimlik ve vergi bilgileri',
    payout: 'Ödeme hesabı',
    contact: 'İletişim',
  },
  fields: {
    storeName: 'Mağaza adı',
    storeNameHint: 'Profilinde ve ilanlarında görünür.',
    contactName: 'Ad',
    contactSurname: 'Soyad',
    identityNumber: 'T.C. Kimlik No',
    identityNumberHint: '11 haneli kimlik numaran. Yalnızca iyzico ile paylaşılır.',
    taxNumber: 'Vergi kimlik numarası (VKN)',
    taxNumberHint: 'Şirketinin 10 haneli vergi numarası.',
    taxOffice: 'Vergi dairesi',
    legalCompanyTitle: 'Şirket unvanı',
    legalCompanyTitleHint: 'Vergi levhasında yazdığı gibi.',
    iban: 'IBAN',
    ibanHint: 'Satışlarının tutarı bu hesaba aktarılır. Hesap senin (ya da şirketinin) adına olmalı.',
    address: 'Adres',
    city: 'Şehir',
    phone: 'Cep telefonu',
    phoneHint: 'Örnek: 0532 123 45 67',
  },
  submit: 'Satıcı hesabımı oluştur',
  update: 'Bilgilerimi güncelle',
  submitting: 'Gönderiliyor…',
  created: 'Satıcı bilgilerin kaydedildi.',
  summaryTitle: 'Satıcı hesabın',
  status: { pending: 'İnceleniyor', active: 'Aktif', failed: 'Onaylanmadı' },
  statusText: {
    pending: 'Bilgilerin iyzico tarafından inceleniyor. Onaylanınca ilan vermeye başlayabilirsin.',
    active: 'Ödeme hesabın hazır. İlan vermeye başlayabilirsin.',
    failed: 'iyzico bilgilerini onaylamadı. Bilgilerini kontrol edip tekrar gönder.',
  },
  summary: {
    type: 'Satıcı türü',
    store: 'Mağaza',
    contact: 'Yetkili',
    identityNumber: 'T.C. Kimlik No',
    taxNumber: 'VKN',
    iban: 'IBAN',
    updatedAt: 'Son güncelleme',
    providerError: 'iyzico’nun yanıtı',
  },
  edit: 'Bilgilerini güncellemek istersen aşağıdaki formu yeniden gönderebilirsin. Güvenliğin için kimlik numarası ve IBAN’ı tekrar yazman gerekir.',
  sellPage: {
    cta: 'Satışa başla',
    ctaLead: 'Satıcı hesabını birkaç dakikada aç; ilk satışına kadar hiçbir ücret yok.',
    signInFirst: 'Satışa başlamak için önce giriş yap ya da ücretsiz üye ol.',
    yourStatus: 'Satıcı hesabının durumu',
    manage: 'Satıcı bilgilerini görüntüle',
  },
};

export type SellerMessages = typeof tr;

const en: SellerMessages = {
  title: 'Start selling',
  lead: 'To pay out your sales, we open a sub-merchant account for you at our payment provider iyzico. Your identity and bank details are stored encrypted and shared with iyzico only.',
  typeLegend: 'How will you sell?',
  types: {
    PERSONAL: { title: 'Individual', text: 'Collectors selling from their own collection' },
    PRIVATE_COMPANY: { title: 'Sole proprietor', text: 'Tax-registered sole proprietorships' },
    LIMITED_OR_JOINT_STOCK_COMPANY: { title: 'Limited / joint-stock company', text: 'Ltd. Şti. and A.Ş.' },
  },
  sections: {
    store: 'Store',
    identity: 'Identity and tax details',
    payout: 'Payout account',
    contact: 'Contact',
  },
  fields: {
    storeName: 'Store name',
    storeNameHint: 'Shown on your profile and listings.',
    contactName: 'First name',
    contactSurname: 'Last name',
    identityNumber: 'T.C. identity number',
    identityNumberHint: 'Your 11-digit identity number. Shared with iyzico only.',
    taxNumber: 'Tax number (VKN)',
    taxNumberHint: 'Your company’s 10-digit tax number.',
    taxOffice: 'Tax office',
    legalCompanyTitle: 'Legal company name',
    legalCompanyTitleHint: 'As written on your tax certificate.',
    iban: 'IBAN',
    ibanHint: 'Your sales are paid into this account. It must be in your (or your company’s) name.',
    address: 'Address',
    city: 'City',
    phone: 'Mobile phone',
    phoneHint: 'Example: 0532 123 45 67',
  },
  submit: 'Create my seller account',
  update: 'Update my details',
  submitting: 'Sending…',
  created: 'Your seller details have been saved.',
  summaryTitle: 'Your seller account',
  status: { pending: 'Under review', active: 'Active', failed: 'Not approved' },
  statusText: {
    pending: 'iyzico is reviewing your details. You can start listing once they are approved.',
    active: 'Your payout account is ready. You can start listing.',
    failed: 'iyzico did not approve your details. Check them and send them again.',
  },
  summary: {
    type: 'Seller type',
    store: 'Store',
    contact: 'Contact',
    identityNumber: 'T.C. identity number',
    taxNumber: 'Tax number',
    iban: 'IBAN',
    updatedAt: 'Last updated',
    providerError: 'iyzico’s answer',
  },
  edit: 'To update your details, send the form below again. For your security, type your identity number and IBAN again.',
  sellPage: {
    cta: 'Start selling',
    ctaLead: 'Open your seller account in a few minutes; nothing to pay until your first sale.',
    signInFirst: 'Sign in or create a free account to start selling.',
    yourStatus: 'Your seller account',
    manage: 'View your seller details',
  },
};

const messages: Record<Locale, SellerMessages> = { tr, en };

export function getSellerMessages(locale: Locale): SellerMessages {
  return messages[locale];
}
