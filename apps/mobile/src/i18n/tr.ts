/**
 * Turkish is the source language: every key starts here, and `en.ts` must have exactly the same keys
 * (the `Dictionary` type enforces it). `{name}` marks a value filled in by `t(key, { name })`.
 */
export const tr = {
  'tabs.home': 'Ana Sayfa',
  'tabs.search': 'Ara',
  'tabs.sell': 'Sat',
  'tabs.inbox': 'Mesajlar',
  'tabs.profile': 'Profil',

  'common.retry': 'Tekrar dene',
  'common.refresh': 'Yenile',
  'common.browseCategories': 'Kategorilere göz at',
  'common.soon': 'Yakında',

  'home.tagline': 'Koleksiyonerlerin pazaryeri',
  'home.searchPlaceholder': 'Hot Wheels, LEGO, figür ara',
  'home.categoriesTitle': 'Kategoriler',
  'home.categoriesSubtitle': 'Koleksiyonuna uygun rafı seç',
  'home.subcategoriesNone': 'Alt kategori yok',
  'home.subcategoriesOne': '1 alt kategori',
  'home.subcategoriesMany': '{count} alt kategori',
  'home.loading': 'Kategoriler yükleniyor',
  'home.errorTitle': 'Bağlantı kurulamadı.',
  'home.errorBody': 'İnternet bağlantını kontrol edip tekrar dene.',
  'home.emptyTitle': 'Henüz kategori yok',
  'home.emptyBody': 'Kategoriler eklendiğinde burada görünecek. Biraz sonra yeniden bak.',

  'search.title': 'Ara',
  'search.placeholder': 'Ürün, marka veya seri ara',
  'search.clear': 'Aramayı temizle',
  'search.popularTitle': 'Popüler aramalar',
  'search.categoryFilter': 'Kategori: {name}',
  'search.removeFilter': 'Kategori filtresini kaldır',
  'search.comingTitle': 'Ürün araması hazırlanıyor',
  'search.comingBody':
    'Yakında ilanlar arasında marka, ölçek, durum ve fiyata göre filtreleyerek arayabileceksin. Şimdilik kategorilerden göz at.',
  'search.queryPending': '“{query}” için sonuçlar yakında burada listelenecek.',

  'sell.title': 'Koleksiyonunu sat',
  'sell.intro': 'İlan vermek birkaç dakika sürecek. Şimdiden hazırlanmak için:',
  'sell.step1Title': 'Fotoğrafları çek',
  'sell.step1Body': 'Gün ışığında, kutusuyla birlikte, her açıdan en az 4 fotoğraf.',
  'sell.step2Title': 'Durumunu belirt',
  'sell.step2Body': 'Mint, kutulu ya da oynanmış; Treasure Hunt, chase veya sınırlı üretimse işaretle.',
  'sell.step3Title': 'Fiyatını koy',
  'sell.step3Body': 'Benzer ilanlara bakıp fiyatını Türk lirası olarak belirle.',
  'sell.escrowTitle': 'Paran güvende',
  'sell.escrowBody':
    'Alıcının ödemesi iyzico güvencesinde bekler; alıcı ürünü teslim aldığını onaylayınca hesabına geçer.',
  'sell.comingNote': 'İlan verme, üyelikle birlikte bu ekrana geliyor. Açıldığında haber verelim.',
  'sell.notifyMe': 'Açılınca bana haber ver',

  'inbox.title': 'Mesajlar',
  'inbox.emptyTitle': 'Henüz mesajın yok',
  'inbox.emptyBody':
    'Bir ilan hakkında satıcıya soru sorduğunda ya da teklif aldığında konuşmaların burada olacak.',
  'inbox.notifyTitle': 'Yeni mesajları kaçırma',
  'inbox.notifyBody': 'Bildirimleri açarsan satıcı yanıt verdiğinde ve teklif geldiğinde haber veririz.',

  'push.enable': 'Bildirimleri aç',
  'push.working': 'İzin isteniyor…',
  'push.granted': 'Bildirimler açık. Yenilikleri sana haber vereceğiz.',
  'push.denied': 'Bildirim izni verilmedi. Telefonunun Ayarlar bölümünden açabilirsin.',
  'push.unavailable': 'Bildirimler yalnızca telefon uygulamasında çalışır.',
  'push.notConfigured': 'Bildirim servisi henüz yapılandırılmadı.',
  'push.failed': 'Bildirimler açılamadı. Biraz sonra tekrar dene.',

  'profile.title': 'Profil',
  'profile.guestTitle': 'Misafir olarak geziyorsun',
  'profile.guestBody':
    'Üye olunca favorilerini kaydedebilir, satıcılara mesaj yazabilir ve güvenli ödemeyle alışveriş yapabilirsin.',
  'profile.signIn': 'Giriş yap',
  'profile.signInSoon': 'Üyelik çok yakında açılıyor.',
  'profile.settingsTitle': 'Ayarlar',
  'profile.language': 'Dil',
  'profile.notifications': 'Bildirimler',
  'profile.aboutTitle': 'Uygulama',
  'profile.version': 'Sürüm',
  'profile.server': 'Sunucu',

  'language.tr': 'Türkçe',
  'language.en': 'English',

  'notFound.title': 'Bu sayfa bulunamadı',
  'notFound.body': 'Bağlantı eskimiş olabilir.',
  'notFound.action': 'Ana sayfaya dön',
};

export type MessageKey = keyof typeof tr;

/** Every language has every key: a missing or extra key is a type error. */
export type Dictionary = Record<MessageKey, string>;
