import type { Metadata } from 'next';
import { toLocale } from '@/lib/i18n/locale';
import { InfoPage, type InfoPageSource, infoMetadata } from '../_components/info-page';

const source: InfoPageSource = {
  path: '/yardim',
  updated: '2025-11-25',
  content: {
    tr: {
      title: 'Yardım',
      description:
        'En sık sorulan sorular. Cevabını bulamadığın bir şey olursa destek@tarodan.com adresine yaz.',
      sections: [
        {
          heading: 'Alıcılar için',
          faq: [
            [
              'Ödememi kime yapıyorum?',
              'Ödemeyi TARODAN üzerinden iyzico ile yaparsın. Tutar satıcıya hemen geçmez; ürün eline ulaşıp onay verene kadar güvenli ödeme havuzunda bekler.',
            ],
            [
              'Ürün gelmezse ya da açıklamadaki gibi değilse?',
              'Onay vermeden önce sipariş sayfasından sorun bildir. İnceleme tamamlanana kadar ödeme satıcıya aktarılmaz; haklı bulunursan ücretin iade edilir.',
            ],
            [
              'Onay vermeyi unutursam ne olur?',
              'Kargo teslim edildikten sonra belirli bir süre içinde sorun bildirilmezse ödeme satıcıya otomatik olarak aktarılır. Süre sipariş sayfasında yazar.',
            ],
          ],
        },
        {
          heading: 'Satıcılar için',
          faq: [
            [
              'İlan vermek ücretli mi?',
              'Hayır. İlan vermek ücretsizdir; yalnızca satış gerçekleştiğinde satış tutarı üzerinden komisyon alınır.',
            ],
            [
              'Param ne zaman hesabıma geçer?',
              'Alıcı ürünü teslim alıp onayladığında (ya da onay süresi dolduğunda) tutar, komisyon düşülerek iyzico üzerinden hesabına aktarılır.',
            ],
          ],
        },
      ],
    },
    en: {
      title: 'Help',
      description: 'The most frequent questions. Can’t find your answer? Write to destek@tarodan.com.',
      sections: [
        {
          heading: 'For buyers',
          faq: [
            [
              'Who do I pay?',
              'You pay through TARODAN with iyzico. The money is not sent to the seller right away: it is held in escrow until the item reaches you and you confirm it.',
            ],
            [
              'What if the item never arrives or is not as described?',
              'Report a problem from the order page before confirming. The payment stays on hold during the review, and you are refunded if the claim is upheld.',
            ],
            [
              'What if I forget to confirm?',
              'If no problem is reported within a set period after delivery, the payment is released to the seller automatically. The period is shown on the order page.',
            ],
          ],
        },
        {
          heading: 'For sellers',
          faq: [
            [
              'Does listing cost anything?',
              'No. Listing is free; a commission is charged only when an item sells.',
            ],
            [
              'When do I get paid?',
              'When the buyer confirms receipt (or the confirmation period ends), the amount minus commission is paid out through iyzico.',
            ],
          ],
        },
      ],
    },
  },
};

type Props = { params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  return infoMetadata(source, toLocale(params.lang));
}

export default function HelpPage({ params }: Props) {
  return <InfoPage source={source} locale={toLocale(params.lang)} />;
}
