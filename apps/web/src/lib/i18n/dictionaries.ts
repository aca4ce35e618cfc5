import type { Locale } from '@tarodan/contracts';

/** Every interface string of the storefront, Turkish first. Page bodies (legal texts) live beside their pages. */
const tr = {
  meta: {
    defaultTitle: 'TARODAN — Koleksiyon oyuncak alım satım platformu',
    description:
      'Diecast arabalar, aksiyon figürleri, LEGO, model trenler ve daha fazlası. Koleksiyonerlerden güvenle al, güvenle sat: paranız ürün elinize ulaşana kadar güvende.',
  },
  header: {
    home: 'TARODAN ana sayfa',
    searchLabel: 'Ürün, marka veya kategori ara',
    searchPlaceholder: 'Hot Wheels, LEGO, Star Wars ara…',
    sell: 'Sat',
    language: 'Dil',
    switchTo: 'English',
    switchToShort: 'EN',
    signIn: 'Giriş yap',
    register: 'Üye ol',
    accountMenu: 'Hesap menüsü',
    account: 'Hesabım',
    myListings: 'İlanlarım',
    myFavorites: 'Favorilerim',
    startSelling: 'Satışa başla',
    signOut: 'Çıkış yap',
  },
  hero: {
    eyebrow: 'Türkiye’nin koleksiyon oyuncak pazarı',
    title: 'Koleksiyonundaki eksik parça burada.',
    lead: 'Diecast arabalardan LEGO setlerine, aksiyon figürlerinden model trenlere: koleksiyonerlerden güvenle al, fazlalıklarını kolayca sat.',
    browse: 'Kategorileri keşfet',
    sell: 'Ücretsiz ilan ver',
  },
  categories: {
    title: 'Kategoriler',
    lead: 'Ne biriktiriyorsan, onun için bir köşe var.',
    more: (n: number) => `+${n} daha`,
    subcategories: 'Alt kategoriler',
  },
  trust: {
    title: 'Güvenle alışveriş',
    escrowTitle: 'Güvenli ödeme havuzu',
    escrow: 'Paranız ürün elinize ulaşana kadar güvende. Onay verdiğinizde satıcıya aktarılır.',
    paymentTitle: 'iyzico ile güvenli ödeme',
    payment: '3D Secure ile ödeme. Kart bilgileriniz TARODAN’da saklanmaz.',
    sellersTitle: 'Doğrulanmış satıcılar',
    sellers: 'Kimliği doğrulanmış satıcılar ve gerçek alışverişlerden gelen yorumlar.',
  },
  brands: { title: 'Popüler markalar' },
  sellBanner: {
    title: 'Rafında bekleyen koleksiyon parçaları mı var?',
    lead: 'Birkaç fotoğraf, kısa bir açıklama: ilanın dakikalar içinde yayında. Satış olmadan komisyon yok.',
    cta: 'İlan ver',
  },
  category: {
    breadcrumb: 'Sayfa konumu',
    home: 'Ana sayfa',
    emptyTitle: 'Bu kategoride henüz ilan yok — ilk ilanı sen ver',
    emptyLead: 'Elinde bu kategoriden bir parça varsa, ilk satıcı sen ol: birkaç fotoğraf yeter.',
    emptyCta: 'İlan ver',
    emptyBrowse: 'Diğer kategorilere göz at',
    listings: 'İlanlar',
  },
  notFound: {
    title: 'Aradığın sayfayı bulamadık',
    lead: 'Bağlantı eskimiş ya da sayfa kaldırılmış olabilir. Ana sayfadan kategorilere göz atabilirsin.',
    home: 'Ana sayfaya dön',
    search: 'Arama yap',
  },
  error: {
    title: 'Bir şeyler ters gitti',
    lead: 'Sayfayı şu anda yükleyemedik. Birkaç saniye sonra tekrar dener misin?',
    retry: 'Tekrar dene',
    home: 'Ana sayfaya dön',
  },
  footer: {
    tagline: 'Koleksiyon oyuncakları için güvenli alım satım platformu.',
    company: 'TARODAN',
    legal: 'Yasal',
    about: 'Hakkımızda',
    help: 'Yardım',
    kvkk: 'KVKK Aydınlatma Metni',
    terms: 'Kullanım Koşulları',
    payments: 'Ödemeler iyzico güvencesiyle',
    rights: 'Tüm hakları saklıdır.',
  },
  search: {
    title: 'Arama',
    soon: 'Arama çok yakında burada',
    lead: 'Ürün araması üzerinde çalışıyoruz. Şimdilik kategorilerden göz atabilirsin.',
    youSearched: 'Aradığın:',
  },
  sell: {
    title: 'TARODAN’da sat',
    lead: 'Koleksiyonundaki fazlalıkları güvenle sat. Nasıl çalıştığına göz at:',
    steps: [
      { title: 'İlanını oluştur', text: 'Fotoğraflarını ekle, durumunu ve fiyatını yaz.' },
      { title: 'Alıcı güvenle öder', text: 'Ödeme iyzico ile alınır ve havuzda bekler.' },
      { title: 'Kargola, paranı al', text: 'Alıcı ürünü onayladığında tutar hesabına geçer.' },
    ],
  },
};

export type Dictionary = typeof tr;

const en: Dictionary = {
  meta: {
    defaultTitle: 'TARODAN — The marketplace for collectible toys',
    description:
      'Diecast cars, action figures, LEGO, model trains and more. Buy from collectors and sell with confidence: your money is held safely until the item reaches you.',
  },
  header: {
    home: 'TARODAN home',
    searchLabel: 'Search items, brands or categories',
    searchPlaceholder: 'Search Hot Wheels, LEGO, Star Wars…',
    sell: 'Sell',
    language: 'Language',
    switchTo: 'Türkçe',
    switchToShort: 'TR',
    signIn: 'Sign in',
    register: 'Sign up',
    accountMenu: 'Account menu',
    account: 'My account',
    myListings: 'My listings',
    myFavorites: 'My favorites',
    startSelling: 'Start selling',
    signOut: 'Sign out',
  },
  hero: {
    eyebrow: 'Turkey’s marketplace for collectible toys',
    title: 'The missing piece of your collection is here.',
    lead: 'From diecast cars to LEGO sets, from action figures to model trains: buy safely from fellow collectors and sell your extras with ease.',
    browse: 'Browse categories',
    sell: 'List an item for free',
  },
  categories: {
    title: 'Categories',
    lead: 'Whatever you collect, there is a corner for it.',
    more: (n: number) => `+${n} more`,
    subcategories: 'Subcategories',
  },
  trust: {
    title: 'Shop with confidence',
    escrowTitle: 'Protected payments',
    escrow: 'Your money is held safely until the item reaches you, then released to the seller.',
    paymentTitle: 'Secure payment with iyzico',
    payment: 'Pay with 3D Secure. TARODAN never stores your card details.',
    sellersTitle: 'Verified sellers',
    sellers: 'Identity-verified sellers and reviews from real purchases.',
  },
  brands: { title: 'Popular brands' },
  sellBanner: {
    title: 'Collectibles waiting on your shelf?',
    lead: 'A few photos and a short description: your listing goes live in minutes. No sale, no commission.',
    cta: 'List an item',
  },
  category: {
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    emptyTitle: 'No listings in this category yet — be the first to list',
    emptyLead: 'If you own a piece from this category, be its first seller: a few photos are enough.',
    emptyCta: 'List an item',
    emptyBrowse: 'Browse other categories',
    listings: 'Listings',
  },
  notFound: {
    title: 'We couldn’t find that page',
    lead: 'The link may be outdated or the page removed. Browse the categories from the home page.',
    home: 'Back to home',
    search: 'Search',
  },
  error: {
    title: 'Something went wrong',
    lead: 'We couldn’t load this page right now. Please try again in a few seconds.',
    retry: 'Try again',
    home: 'Back to home',
  },
  footer: {
    tagline: 'The safe marketplace for collectible toys.',
    company: 'TARODAN',
    legal: 'Legal',
    about: 'About us',
    help: 'Help',
    kvkk: 'Privacy notice (KVKK)',
    terms: 'Terms of use',
    payments: 'Payments secured by iyzico',
    rights: 'All rights reserved.',
  },
  search: {
    title: 'Search',
    soon: 'Search is coming soon',
    lead: 'We are building item search. Meanwhile, browse the categories.',
    youSearched: 'You searched for:',
  },
  sell: {
    title: 'Sell on TARODAN',
    lead: 'Sell the extras from your collection safely. Here is how it works:',
    steps: [
      { title: 'Create your listing', text: 'Add photos, describe the condition and set your price.' },
      { title: 'The buyer pays safely', text: 'Payment is taken by iyzico and held in escrow.' },
      { title: 'Ship it, get paid', text: 'When the buyer confirms the item, the money is yours.' },
    ],
  },
};

const dictionaries: Record<Locale, Dictionary> = { tr, en };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}
