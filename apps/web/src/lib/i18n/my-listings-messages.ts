import type { Locale } from '@tarodan/contracts';
import type { SellerAction } from '../seller-listings-api';

/** "İlanlarım" and "Favorilerim" in the account area. Turkish first; English has the same shape. */
const tr = {
  listings: {
    title: 'İlanlarım',
    lead: 'Taslaklarını tamamla, yayındaki ilanlarını duraklat ya da satıldı olarak işaretle.',
    newListing: 'Yeni ilan ver',
    tabsLabel: 'İlan durumu',
    all: 'Tümü',
    edit: 'Düzenle',
    view: 'İlanı gör',
    rejected: 'Reddedilme nedeni',
    findings: 'Otomatik kontrolün bulduğu',
    updated: (date: string) => `Son güncelleme: ${date}`,
    actions: {
      publish: 'Yayınla',
      pause: 'Duraklat',
      resume: 'Yeniden yayınla',
      mark_sold: 'Satıldı olarak işaretle',
      archive: 'Arşivle',
    } satisfies Record<SellerAction, string>,
    confirm: {
      mark_sold: 'Bu ilanı satıldı olarak işaretlemek istiyor musun? Bu işlem geri alınamaz.',
      archive: 'Bu ilanı arşivlemek istiyor musun? Arşivlenen ilan yeniden yayınlanamaz.',
    } as Partial<Record<SellerAction, string>>,
    done: {
      publish: 'İlanın yayına gönderildi.',
      pause: 'İlanın duraklatıldı.',
      resume: 'İlanın yeniden yayında.',
      mark_sold: 'İlanın satıldı olarak işaretlendi.',
      archive: 'İlanın arşivlendi.',
    } satisfies Record<SellerAction, string>,
    conflict: 'Bu işlem ilanın şu anki durumunda yapılamıyor. Sayfayı yenileyip tekrar dene.',
    publishMissing: 'Yayınlamak için eksikler var. İlanı düzenleyip tamamla.',
    emptyTitle: 'Henüz ilanın yok',
    emptyLead: 'Koleksiyonundaki fazlalıkları birkaç fotoğrafla ilana dönüştür. İlk satışa kadar ücret yok.',
    emptyStatusTitle: 'Bu durumda ilanın yok',
    emptyStatusLead: 'Diğer sekmelere göz at ya da yeni bir ilan ver.',
    untitled: 'Başlıksız taslak',
  },
  favorites: {
    title: 'Favorilerim',
    lead: 'Beğendiğin ilanlar burada. Fiyatı düşen ya da satılan ilanları buradan takip et.',
    emptyTitle: 'Henüz favorin yok',
    emptyLead: 'Beğendiğin ilanlarda kalp simgesine dokun; burada toplanırlar.',
    browse: 'Kategorilere göz at',
  },
};

export type MyListingsMessages = typeof tr;

const en: MyListingsMessages = {
  listings: {
    title: 'My listings',
    lead: 'Finish your drafts, pause live listings or mark them as sold.',
    newListing: 'List an item',
    tabsLabel: 'Listing status',
    all: 'All',
    edit: 'Edit',
    view: 'View listing',
    rejected: 'Reason for rejection',
    findings: 'What the automatic check found',
    updated: (date: string) => `Last updated: ${date}`,
    actions: {
      publish: 'Publish',
      pause: 'Pause',
      resume: 'Resume',
      mark_sold: 'Mark as sold',
      archive: 'Archive',
    },
    confirm: {
      mark_sold: 'Mark this listing as sold? This cannot be undone.',
      archive: 'Archive this listing? An archived listing cannot be published again.',
    },
    done: {
      publish: 'Your listing was submitted.',
      pause: 'Your listing is paused.',
      resume: 'Your listing is live again.',
      mark_sold: 'Your listing is marked as sold.',
      archive: 'Your listing is archived.',
    },
    conflict: 'That action is not possible in the listing’s current state. Reload the page and try again.',
    publishMissing: 'Some things are missing before you can publish. Edit the listing to complete it.',
    emptyTitle: 'You have no listings yet',
    emptyLead: 'Turn the extras in your collection into listings with a few photos. No fees until you sell.',
    emptyStatusTitle: 'No listings with this status',
    emptyStatusLead: 'Look at the other tabs or create a new listing.',
    untitled: 'Untitled draft',
  },
  favorites: {
    title: 'My favorites',
    lead: 'The listings you liked. Keep an eye on price drops and sold items here.',
    emptyTitle: 'No favorites yet',
    emptyLead: 'Tap the heart on listings you like; they gather here.',
    browse: 'Browse categories',
  },
};

const messages: Record<Locale, MyListingsMessages> = { tr, en };

export function getMyListingsMessages(locale: Locale): MyListingsMessages {
  return messages[locale];
}
