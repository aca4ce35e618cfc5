import type { Metadata } from 'next';
import { toLocale } from '@/lib/i18n/locale';
import { InfoPage, type InfoPageSource, infoMetadata } from '../_components/info-page';

const source: InfoPageSource = {
  path: '/kvkk',
  updated: '2025-11-25',
  content: {
    tr: {
      title: 'KVKK Aydınlatma Metni',
      description:
        '6698 sayılı Kişisel Verilerin Korunması Kanunu (“KVKK”) uyarınca, veri sorumlusu sıfatıyla TARODAN olarak kişisel verilerinizi hangi amaçlarla ve nasıl işlediğimizi açıklıyoruz.',
      sections: [
        {
          heading: 'İşlenen kişisel veriler',
          list: [
            'Kimlik ve iletişim bilgileri: ad, soyad, e-posta adresi, telefon numarası, teslimat adresi.',
            'İşlem bilgileri: ilanlar, siparişler, mesajlar, değerlendirmeler.',
            'Satıcılar için: kimlik doğrulama ve ödeme alabilmek için gereken IBAN ve vergi bilgileri.',
            'Teknik bilgiler: IP adresi, cihaz ve tarayıcı bilgileri, çerez kayıtları.',
          ],
        },
        {
          heading: 'İşleme amaçları ve hukuki sebepler',
          paragraphs: [
            'Verileriniz; üyelik ve sözleşmenin kurulması ve ifası, ödeme ve teslimat süreçlerinin yürütülmesi, dolandırıcılığın önlenmesi ve platform güvenliği, yasal yükümlülüklerin yerine getirilmesi ve (açık rızanız varsa) size kampanya bildirimleri gönderilmesi amaçlarıyla, KVKK’nın 5. maddesindeki hukuki sebeplere dayanarak işlenir.',
          ],
        },
        {
          heading: 'Aktarım',
          paragraphs: [
            'Verileriniz yalnızca gerekli olduğu ölçüde; ödeme hizmet sağlayıcımız iyzico’ya, kargo firmalarına, altyapı ve e-posta hizmeti aldığımız tedarikçilere ve talep hâlinde yetkili kamu kurumlarına aktarılabilir.',
          ],
        },
        {
          heading: 'Haklarınız',
          paragraphs: [
            'KVKK’nın 11. maddesi uyarınca verilerinizin işlenip işlenmediğini öğrenme, bilgi talep etme, düzeltilmesini veya silinmesini isteme, aktarıldığı üçüncü kişileri öğrenme ve zarara uğramanız hâlinde giderilmesini talep etme haklarına sahipsiniz.',
            'Başvurularınızı kvkk@tarodan.com adresine iletebilirsiniz; en geç 30 gün içinde yanıtlanır.',
          ],
        },
      ],
    },
    en: {
      title: 'Privacy notice (KVKK)',
      description:
        'Under Turkey’s Personal Data Protection Law No. 6698 (“KVKK”), TARODAN, as data controller, explains which personal data it processes, why and how.',
      sections: [
        {
          heading: 'Data we process',
          list: [
            'Identity and contact: name, email address, phone number, delivery address.',
            'Transactions: listings, orders, messages, reviews.',
            'For sellers: identity verification, IBAN and tax details needed for payouts.',
            'Technical: IP address, device and browser details, cookie records.',
          ],
        },
        {
          heading: 'Purposes and legal grounds',
          paragraphs: [
            'We process your data to set up and perform your membership and purchases, run payments and deliveries, prevent fraud and keep the platform secure, meet legal obligations and, with your consent, send you offers — on the legal grounds of Article 5 of the KVKK.',
          ],
        },
        {
          heading: 'Transfers',
          paragraphs: [
            'Data is shared only as far as needed: with our payment provider iyzico, carriers, our hosting and email suppliers, and competent authorities on request.',
          ],
        },
        {
          heading: 'Your rights',
          paragraphs: [
            'Under Article 11 of the KVKK you may ask whether your data is processed, request information, correction or deletion, learn who it was shared with, and claim compensation for damage.',
            'Send requests to kvkk@tarodan.com; we answer within 30 days.',
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

export default function KvkkPage({ params }: Props) {
  return <InfoPage source={source} locale={toLocale(params.lang)} />;
}
