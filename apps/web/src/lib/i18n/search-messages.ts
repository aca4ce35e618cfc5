import type { Locale, SearchSort, searchFlags } from '@tarodan/contracts';

type SearchFlag = (typeof searchFlags)[number];

/** By the decade's tens digit: 2000'ler (iki bin), 1910'lar (on), 1920'ler (yirmi), … 1990'lar (doksan). */
const DECADE_SUFFIX = ['ler', 'lar', 'ler', 'lar', 'lar', 'ler', 'lar', 'ler', 'ler', 'lar'] as const;

/** The search page, its filters, the header autocomplete and the category × brand landing pages. */
const tr = {
  title: 'Arama',
  titleFor: (q: string) => `“${q}” için sonuçlar`,
  metaDescription: 'TARODAN’da koleksiyon oyuncaklarını marka, ölçek, durum ve fiyata göre ara.',
  count: (n: number) => `${n.toLocaleString('tr-TR')} ilan`,
  pageOf: (n: number, total: number) => `Sayfa ${n} / ${total}`,
  sortLabel: 'Sırala',
  sorts: {
    relevance: 'En alakalı',
    newest: 'En yeni',
    price_asc: 'Fiyat: düşükten yükseğe',
    price_desc: 'Fiyat: yüksekten düşüğe',
  } satisfies Record<SearchSort, string>,
  filters: 'Filtreler',
  showFilters: 'Filtrele',
  closeFilters: 'Filtreleri kapat',
  apply: 'Uygula',
  showResults: (n: number) => `${n.toLocaleString('tr-TR')} ilanı göster`,
  clearAll: 'Tümünü temizle',
  activeFilters: 'Seçili filtreler',
  remove: (label: string) => `Kaldır: ${label}`,
  more: (n: number) => `${n} seçenek daha`,
  facets: {
    category: 'Kategori',
    brand: 'Marka',
    scale: 'Ölçek',
    condition: 'Durum',
    packaging: 'Kutu',
    flag: 'Özel',
    year: 'Üretim yılı',
    price: 'Fiyat (₺)',
    city: 'Şehir',
    shipping: 'Kargo',
    rating: 'Satıcı puanı',
  },
  allCategories: 'Tüm kategoriler',
  freeShipping: 'Ücretsiz kargo',
  min: 'En az',
  max: 'En çok',
  from: 'En erken',
  to: 'En geç',
  priceChip: (min: string | null, max: string | null) =>
    min && max ? `${min} – ${max}` : min ? `${min} ve üzeri` : `${max} ve altı`,
  yearChip: (min: number | null, max: number | null) =>
    min && max ? `${min}–${max}` : min ? `${min} ve sonrası` : `${max} ve öncesi`,
  /** A price range's label; `max` is where the next range starts. */
  priceRange: (min: string | null, max: string | null) =>
    min && max ? `${min} – ${max}` : min ? `${min} ve üzeri` : `${max} altı`,
  /** 1960 → "1960'lar", 1970 → "1970'ler": the suffix follows the spoken decade (altmışlar, yetmişler). */
  decade: (start: number) => `${start}'${DECADE_SUFFIX[Math.floor(start / 10) % 10]}`,
  ratingAtLeast: (n: number) => `${n.toLocaleString('tr-TR')} yıldız ve üzeri`,
  anyRating: 'Tümü',
  flags: {
    treasure_hunt: 'Treasure Hunt',
    super_treasure_hunt: 'Super Treasure Hunt',
    chase: 'Chase',
    limited_edition: 'Sınırlı üretim',
    error_variation: 'Hatalı üretim',
    first_edition: 'İlk seri',
  } satisfies Record<SearchFlag, string>,
  didYouMean: 'Bunu mu demek istedin:',
  emptyTitle: (q: string) => (q ? `“${q}” için ilan bulamadık` : 'Bu filtrelere uyan ilan yok'),
  emptyLead:
    'Yazımı kontrol et, daha genel bir kelime dene ya da birkaç filtreyi kaldır. Kategorilere göz atmak da iyi bir başlangıç.',
  emptyClear: 'Filtreleri kaldır',
  emptyBrowse: 'Kategorilere göz at',
  startTitle: 'Ne arıyorsun?',
  startLead: 'Marka, seri, model ya da ölçek yaz: “hot wheels 1:64”, “lego star wars”, “tomica”.',
  updating: 'Sonuçlar güncelleniyor…',
  notices: {
    title: 'Aramanın bir kısmını uygulayamadık',
    price: 'Fiyat aralığı ters: en yüksek fiyat en düşük fiyattan küçük olamaz. Fiyat filtresini kaldırdık.',
    priceFormat: (value: string) => `“${value}” bir fiyat değil; 1.250 ya da 1.250,50 biçiminde yaz.`,
    year: 'Yıl aralığı ters: bitiş yılı başlangıç yılından önce olamaz. Yıl filtresini kaldırdık.',
    page: 'Bu kadar ileri sayfaya gidemiyoruz; aramayı daraltmayı dene. İlk sayfayı gösteriyoruz.',
    query: 'Arama metni çok uzun; ilk 200 karakterle aradık.',
    category: 'Böyle bir kategori yok; kategori filtresini kaldırdık.',
    rating: 'Satıcı puanı 1 ile 5 arasında olmalı; puan filtresini kaldırdık.',
    other: (name: string) => `“${name}” filtresinde anlaşılmayan bir değer var; o filtreyi kaldırdık.`,
    apiSaid: 'Sunucunun yanıtı:',
  },
  unavailable: 'Arama şu anda yanıt vermiyor. Birazdan tekrar dene.',
  suggest: {
    label: 'Öneriler',
    brand: 'Marka',
    series: 'Seri',
    title: 'İlan',
    searchFor: (q: string) => `“${q}” için ara`,
    count: (n: number) =>
      n === 0 ? 'Öneri yok' : `${n} öneri var. Seçmek için yukarı ve aşağı oklarını kullan.`,
  },
  landing: {
    title: (brand: string, category: string) => `${brand} ${category}`,
    description: (brand: string, category: string, n: number) =>
      `TARODAN’da ${n.toLocaleString('tr-TR')} ${brand} ${category} ilanı: koleksiyonerlerden ikinci el ve kutusunda, ödeme güvencesiyle.`,
    lead: (brand: string, category: string) =>
      `Koleksiyonerlerin sattığı ${brand} ${category}: kutusunda, kutusuz ve nadir parçalar. Ödemen ürün eline ulaşana kadar güvende.`,
    refine: 'Daha fazla filtreyle ara',
    otherBrands: (category: string) => `${category} içinde diğer markalar`,
    popularBrands: 'Popüler markalar',
  },
};

export type SearchMessages = typeof tr;

const en: SearchMessages = {
  title: 'Search',
  titleFor: (q) => `Results for “${q}”`,
  metaDescription: 'Search collectible toys on TARODAN by brand, scale, condition and price.',
  count: (n) => `${n.toLocaleString('en-GB')} listing${n === 1 ? '' : 's'}`,
  pageOf: (n, total) => `Page ${n} of ${total}`,
  sortLabel: 'Sort by',
  sorts: {
    relevance: 'Most relevant',
    newest: 'Newest',
    price_asc: 'Price: low to high',
    price_desc: 'Price: high to low',
  },
  filters: 'Filters',
  showFilters: 'Filter',
  closeFilters: 'Close filters',
  apply: 'Apply',
  showResults: (n) => `Show ${n.toLocaleString('en-GB')} listing${n === 1 ? '' : 's'}`,
  clearAll: 'Clear all',
  activeFilters: 'Active filters',
  remove: (label) => `Remove: ${label}`,
  more: (n) => `${n} more`,
  facets: {
    category: 'Category',
    brand: 'Brand',
    scale: 'Scale',
    condition: 'Condition',
    packaging: 'Box',
    flag: 'Special',
    year: 'Year made',
    price: 'Price (₺)',
    city: 'City',
    shipping: 'Shipping',
    rating: 'Seller rating',
  },
  allCategories: 'All categories',
  freeShipping: 'Free shipping',
  min: 'Min',
  max: 'Max',
  from: 'From',
  to: 'To',
  priceChip: (min, max) => (min && max ? `${min} – ${max}` : min ? `${min} and up` : `up to ${max}`),
  yearChip: (min, max) => (min && max ? `${min}–${max}` : min ? `${min} or later` : `${max} or earlier`),
  priceRange: (min, max) => (min && max ? `${min} – ${max}` : min ? `${min} and up` : `Under ${max}`),
  decade: (start) => `${start}s`,
  ratingAtLeast: (n) => `${n.toLocaleString('en-GB')} stars & up`,
  anyRating: 'Any',
  flags: {
    treasure_hunt: 'Treasure Hunt',
    super_treasure_hunt: 'Super Treasure Hunt',
    chase: 'Chase',
    limited_edition: 'Limited edition',
    error_variation: 'Error variation',
    first_edition: 'First edition',
  },
  didYouMean: 'Did you mean:',
  emptyTitle: (q) => (q ? `No listings found for “${q}”` : 'No listings match these filters'),
  emptyLead:
    'Check the spelling, try a broader word or remove a few filters. Browsing the categories is a good start too.',
  emptyClear: 'Remove filters',
  emptyBrowse: 'Browse categories',
  startTitle: 'What are you looking for?',
  startLead: 'Type a brand, series, model or scale: “hot wheels 1:64”, “lego star wars”, “tomica”.',
  updating: 'Updating results…',
  notices: {
    title: 'Part of this search could not be applied',
    price:
      'The price range is reversed: the maximum cannot be below the minimum. We removed the price filter.',
    priceFormat: (value) => `“${value}” is not a price; write it like 1250 or 1250.50.`,
    year: 'The year range is reversed: the end cannot be before the start. We removed the year filter.',
    page: 'We cannot go that many pages deep; try narrowing the search. Showing the first page.',
    query: 'The search text is too long; we searched with its first 200 characters.',
    category: 'There is no such category; we removed the category filter.',
    rating: 'A seller rating is between 1 and 5; we removed the rating filter.',
    other: (name) => `The “${name}” filter has a value we do not understand; we removed that filter.`,
    apiSaid: 'The server said:',
  },
  unavailable: 'Search is not answering right now. Please try again in a moment.',
  suggest: {
    label: 'Suggestions',
    brand: 'Brand',
    series: 'Series',
    title: 'Listing',
    searchFor: (q) => `Search for “${q}”`,
    count: (n) => (n === 0 ? 'No suggestions' : `${n} suggestions. Use the up and down arrows to choose.`),
  },
  landing: {
    title: (brand, category) => `${brand} ${category}`,
    description: (brand, category, n) =>
      `${n.toLocaleString('en-GB')} ${brand} listings in ${category} on TARODAN: pre-owned and boxed, from collectors, with escrow.`,
    lead: (brand, category) =>
      `${brand} in ${category}, sold by collectors: boxed, loose and rare pieces. Your payment is held safely until the item reaches you.`,
    refine: 'Search with more filters',
    otherBrands: (category) => `Other brands in ${category}`,
    popularBrands: 'Popular brands',
  },
};

const messages: Record<Locale, SearchMessages> = { tr, en };

export function getSearchMessages(locale: Locale): SearchMessages {
  return messages[locale];
}
