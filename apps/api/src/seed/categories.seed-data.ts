export type CategorySeed = {
  slug: string;
  tr: string;
  en: string;
  descriptionTr?: string;
  descriptionEn?: string;
  icon?: string;
  children?: CategorySeed[];
};

const leaf = (slug: string, tr: string, en: string): CategorySeed => ({ slug, tr, en });

/** The category tree of collectible toys. Slugs are Turkish, ASCII-folded (ş→s, ı→i), and never change once live. */
export const categorySeeds: CategorySeed[] = [
  {
    slug: 'diecast-arabalar',
    tr: 'Diecast Arabalar',
    en: 'Diecast Cars',
    icon: 'car',
    descriptionTr:
      'Hot Wheels, Matchbox, Tomica ve daha fazlası: 1:64’ten 1:18’e metal döküm model arabalar.',
    descriptionEn: 'Hot Wheels, Matchbox, Tomica and more: die-cast model cars from 1:64 to 1:18.',
    children: [
      leaf('1-64-olcek', '1:64 Ölçek', '1:64 Scale'),
      leaf('1-43-olcek', '1:43 Ölçek', '1:43 Scale'),
      leaf('1-24-olcek', '1:24 Ölçek', '1:24 Scale'),
      leaf('1-18-olcek', '1:18 Ölçek', '1:18 Scale'),
      leaf('treasure-hunt', 'Treasure Hunt & Süper TH', 'Treasure Hunts & Super THs'),
      leaf('premium-seriler', 'Premium Seriler', 'Premium Series'),
    ],
  },
  {
    slug: 'aksiyon-figurleri',
    tr: 'Aksiyon Figürleri',
    en: 'Action Figures',
    icon: 'swords',
    descriptionTr: 'Star Wars, Marvel, Transformers, He-Man: kutulu, kutusuz ve vintage figürler.',
    descriptionEn: 'Star Wars, Marvel, Transformers, He-Man: boxed, loose and vintage figures.',
    children: [
      leaf('star-wars-figurleri', 'Star Wars', 'Star Wars'),
      leaf('marvel-ve-dc', 'Marvel & DC', 'Marvel & DC'),
      leaf('transformers', 'Transformers', 'Transformers'),
      leaf('anime-figurleri', 'Anime Figürleri', 'Anime Figures'),
      leaf('funko-pop', 'Funko Pop!', 'Funko Pop!'),
    ],
  },
  {
    slug: 'lego-ve-yapi-setleri',
    tr: 'LEGO ve Yapı Setleri',
    en: 'LEGO & Building Sets',
    icon: 'blocks',
    descriptionTr: 'Emekli setler, minifigürler ve Technic: kutusu açılmamış ya da eksiksiz.',
    descriptionEn: 'Retired sets, minifigures and Technic: sealed or complete.',
    children: [
      leaf('lego-setleri', 'LEGO Setleri', 'LEGO Sets'),
      leaf('lego-minifigurler', 'Minifigürler', 'Minifigures'),
      leaf('lego-technic', 'Technic', 'Technic'),
      leaf('diger-yapi-setleri', 'Diğer Yapı Setleri', 'Other Building Sets'),
    ],
  },
  {
    slug: 'model-trenler',
    tr: 'Model Trenler',
    en: 'Model Trains',
    icon: 'train-front',
    descriptionTr: 'H0, N ve Z ölçekli lokomotifler, vagonlar, raylar ve diorama parçaları.',
    descriptionEn: 'H0, N and Z scale locomotives, wagons, track and diorama parts.',
    children: [
      leaf('h0-olcek', 'H0 Ölçek', 'H0 Scale'),
      leaf('n-olcek', 'N Ölçek', 'N Scale'),
      leaf('z-olcek', 'Z Ölçek', 'Z Scale'),
      leaf('ray-ve-aksesuar', 'Ray ve Aksesuarlar', 'Track & Accessories'),
    ],
  },
  {
    slug: 'oyuncak-bebekler',
    tr: 'Oyuncak Bebekler',
    en: 'Dolls',
    icon: 'person-standing',
    descriptionTr: 'Barbie, Blythe, porselen ve koleksiyon bebekleri, kıyafet ve aksesuarlarıyla.',
    descriptionEn: 'Barbie, Blythe, porcelain and collector dolls, with outfits and accessories.',
    children: [
      leaf('barbie', 'Barbie', 'Barbie'),
      leaf('koleksiyon-bebekleri', 'Koleksiyon Bebekleri', 'Collector Dolls'),
      leaf('bebek-aksesuarlari', 'Bebek Aksesuarları', 'Doll Accessories'),
    ],
  },
  {
    slug: 'pelus-oyuncaklar',
    tr: 'Peluş Oyuncaklar',
    en: 'Plush Toys',
    icon: 'rabbit',
    descriptionTr: 'Steiff, Beanie Babies ve lisanslı peluşlar.',
    descriptionEn: 'Steiff, Beanie Babies and licensed plush.',
    children: [
      leaf('steiff', 'Steiff', 'Steiff'),
      leaf('lisansli-peluslar', 'Lisanslı Peluşlar', 'Licensed Plush'),
    ],
  },
  {
    slug: 'maket-kitleri',
    tr: 'Maket Kitleri',
    en: 'Model Kits',
    icon: 'wrench',
    descriptionTr: 'Uçak, tank, gemi ve araba maketleri; Gunpla ve boya malzemeleri.',
    descriptionEn: 'Aircraft, armour, ship and car kits; Gunpla and paints.',
    children: [
      leaf('ucak-maketleri', 'Uçak Maketleri', 'Aircraft Kits'),
      leaf('askeri-maketler', 'Askeri Maketler', 'Military Kits'),
      leaf('gunpla', 'Gunpla', 'Gunpla'),
      leaf('arac-maketleri', 'Araç Maketleri', 'Vehicle Kits'),
    ],
  },
  {
    slug: 'koleksiyon-kartlari',
    tr: 'Koleksiyon Kartları',
    en: 'Trading Cards',
    icon: 'layers',
    descriptionTr: 'Pokémon, Yu-Gi-Oh!, Magic ve futbolcu kartları; derecelendirilmiş kartlar dahil.',
    descriptionEn: 'Pokémon, Yu-Gi-Oh!, Magic and football cards, graded cards included.',
    children: [
      leaf('pokemon-kartlari', 'Pokémon', 'Pokémon'),
      leaf('yu-gi-oh', 'Yu-Gi-Oh!', 'Yu-Gi-Oh!'),
      leaf('futbolcu-kartlari', 'Futbolcu Kartları', 'Football Cards'),
    ],
  },
  {
    slug: 'vintage-oyuncaklar',
    tr: 'Vintage Oyuncaklar',
    en: 'Vintage Toys',
    icon: 'hourglass',
    descriptionTr: '1990 öncesi oyuncaklar: teneke, Yerli Malı ve nostaljik parçalar.',
    descriptionEn: 'Toys from before 1990: tinplate, Turkish-made and nostalgic pieces.',
    children: [
      leaf('teneke-oyuncaklar', 'Teneke Oyuncaklar', 'Tinplate Toys'),
      leaf('yerli-uretim-oyuncaklar', 'Yerli Üretim Oyuncaklar', 'Turkish-made Toys'),
      leaf('80ler-ve-90lar', '80’ler ve 90’lar', '80s & 90s'),
    ],
  },
];
