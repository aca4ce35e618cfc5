import type { Metadata } from 'next';
import { toLocale } from '@/lib/i18n/locale';
import { InfoPage, type InfoPageSource, infoMetadata } from '../_components/info-page';

const source: InfoPageSource = {
  path: '/kullanim-kosullari',
  updated: '2025-11-25',
  content: {
    tr: {
      title: 'Kullanım Koşulları',
      description:
        'TARODAN’ı kullanarak aşağıdaki koşulları kabul etmiş olursunuz. Lütfen üye olmadan ve alışveriş yapmadan önce okuyun.',
      sections: [
        {
          heading: '1. Hizmetin niteliği',
          paragraphs: [
            'TARODAN, alıcı ve satıcıları buluşturan bir aracı hizmet sağlayıcıdır. Satışa sunulan ürünlerin sahibi ve satıcısı, ilanı veren kullanıcıdır.',
          ],
        },
        {
          heading: '2. Üyelik',
          list: [
            '18 yaşını doldurmuş olmak ve doğru bilgi vermek zorunludur.',
            'Hesabınızın güvenliğinden siz sorumlusunuz; şifrenizi kimseyle paylaşmayın.',
          ],
        },
        {
          heading: '3. İlanlar',
          list: [
            'İlanlar ürünün gerçek durumunu, kusurlarını ve orijinalliğini doğru yansıtmalıdır.',
            'Taklit, çalıntı veya satışı yasak ürünler ilan edilemez; bu ilanlar kaldırılır.',
          ],
        },
        {
          heading: '4. Ödeme ve güvenli ödeme havuzu',
          paragraphs: [
            'Tüm ödemeler iyzico üzerinden alınır ve alıcı ürünü onaylayana ya da onay süresi dolana kadar havuzda tutulur. Platform dışı ödeme yapılan alışverişler TARODAN güvencesi kapsamında değildir.',
          ],
        },
        {
          heading: '5. Komisyon',
          paragraphs: [
            'İlan vermek ücretsizdir. Satış gerçekleştiğinde, satış tutarı üzerinden ilan edilen oranda komisyon alınır.',
          ],
        },
        {
          heading: '6. Değişiklikler',
          paragraphs: ['Bu koşullar güncellenebilir; önemli değişiklikler üyelere e-posta ile bildirilir.'],
        },
      ],
    },
    en: {
      title: 'Terms of use',
      description: 'By using TARODAN you accept the terms below. Please read them before you sign up or buy.',
      sections: [
        {
          heading: '1. The service',
          paragraphs: [
            'TARODAN is an intermediary that brings buyers and sellers together. The user who publishes a listing owns and sells the item.',
          ],
        },
        {
          heading: '2. Membership',
          list: [
            'You must be 18 or older and give accurate information.',
            'You are responsible for your account’s security; never share your password.',
          ],
        },
        {
          heading: '3. Listings',
          list: [
            'Listings must describe the item’s real condition, flaws and authenticity.',
            'Counterfeit, stolen or prohibited items may not be listed and will be removed.',
          ],
        },
        {
          heading: '4. Payment and escrow',
          paragraphs: [
            'All payments are taken through iyzico and held until the buyer confirms the item or the confirmation period ends. Purchases paid outside the platform are not protected by TARODAN.',
          ],
        },
        {
          heading: '5. Commission',
          paragraphs: [
            'Listing is free. When an item sells, a commission at the published rate is charged on the sale amount.',
          ],
        },
        {
          heading: '6. Changes',
          paragraphs: ['These terms may change; members are told of significant changes by email.'],
        },
      ],
    },
  },
};

type Props = { params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  return infoMetadata(source, toLocale(params.lang));
}

export default function TermsPage({ params }: Props) {
  return <InfoPage source={source} locale={toLocale(params.lang)} />;
}
