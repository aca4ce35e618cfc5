import type { Metadata } from 'next';
import { toLocale } from '@/lib/i18n/locale';
import { InfoPage, type InfoPageSource, infoMetadata } from '../_components/info-page';

const source: InfoPageSource = {
  path: '/hakkimizda',
  updated: '2025-11-25',
  content: {
    tr: {
      title: 'Hakkımızda',
      description:
        'TARODAN, koleksiyon oyuncaklarını seven insanların birbirinden güvenle alıp satabilmesi için kuruldu.',
      sections: [
        {
          heading: 'Neden TARODAN?',
          paragraphs: [
            'Bir Treasure Hunt Hot Wheels’i, kutusu açılmamış bir LEGO setini ya da 80’lerden kalma bir aksiyon figürünü ararken genel ilan sitelerinde kaybolmak kolay. TARODAN yalnızca koleksiyon oyuncaklarına odaklanır: kategoriler, markalar ve durum bilgileri koleksiyonerlerin diliyle düzenlenir.',
            'Amacımız, Türkiye’deki koleksiyonerler için güvenilir, sade ve adil bir pazar yeri olmak.',
          ],
        },
        {
          heading: 'Güven, işin merkezinde',
          list: [
            'Ödemeler iyzico altyapısıyla alınır; kart bilgileriniz bizde saklanmaz.',
            'Paranız, ürün elinize ulaşıp onay verene kadar güvenli ödeme havuzunda bekler.',
            'Satıcılar kimlik doğrulamasından geçer; her alışverişten sonra değerlendirme yapılır.',
          ],
        },
        { heading: 'İletişim', paragraphs: ['Soru ve önerileriniz için: destek@tarodan.com'] },
      ],
    },
    en: {
      title: 'About us',
      description:
        'TARODAN was founded so that people who love collectible toys can buy and sell from each other safely.',
      sections: [
        {
          heading: 'Why TARODAN?',
          paragraphs: [
            'Hunting for a Treasure Hunt Hot Wheels, a sealed LEGO set or an action figure from the 80s on general classifieds is hard. TARODAN focuses on collectible toys only: categories, brands and condition grades are organised the way collectors think.',
            'Our goal is to be a trustworthy, simple and fair marketplace for collectors in Turkey.',
          ],
        },
        {
          heading: 'Trust comes first',
          list: [
            'Payments are processed by iyzico; we never store your card details.',
            'Your money is held in escrow until the item reaches you and you confirm it.',
            'Sellers verify their identity, and every purchase can be reviewed.',
          ],
        },
        { heading: 'Contact', paragraphs: ['Questions and ideas: destek@tarodan.com'] },
      ],
    },
  },
};

type Props = { params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  return infoMetadata(source, toLocale(params.lang));
}

export default function AboutPage({ params }: Props) {
  return <InfoPage source={source} locale={toLocale(params.lang)} />;
}
