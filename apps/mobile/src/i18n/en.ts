import type { Dictionary } from './tr';

export const en: Dictionary = {
  'tabs.home': 'Home',
  'tabs.search': 'Search',
  'tabs.sell': 'Sell',
  'tabs.inbox': 'Inbox',
  'tabs.profile': 'Profile',

  'common.retry': 'Try again',
  'common.refresh': 'Refresh',
  'common.browseCategories': 'Browse categories',
  'common.soon': 'Soon',

  'home.tagline': 'The marketplace for collectors',
  'home.searchPlaceholder': 'Search Hot Wheels, LEGO, figures',
  'home.categoriesTitle': 'Categories',
  'home.categoriesSubtitle': 'Pick the shelf for your collection',
  'home.subcategoriesNone': 'No subcategories',
  'home.subcategoriesOne': '1 subcategory',
  'home.subcategoriesMany': '{count} subcategories',
  'home.loading': 'Loading categories',
  'home.errorTitle': 'Could not connect.',
  'home.errorBody': 'Check your internet connection and try again.',
  'home.emptyTitle': 'No categories yet',
  'home.emptyBody': 'Categories will appear here once they are added. Check again in a while.',

  'search.title': 'Search',
  'search.placeholder': 'Search items, brands or series',
  'search.clear': 'Clear search',
  'search.popularTitle': 'Popular searches',
  'search.categoryFilter': 'Category: {name}',
  'search.removeFilter': 'Remove the category filter',
  'search.comingTitle': 'Item search is on its way',
  'search.comingBody':
    'Soon you will search the listings and filter by brand, scale, condition and price. Until then, browse the categories.',
  'search.queryPending': 'Results for “{query}” will be listed here soon.',

  'sell.title': 'Sell from your collection',
  'sell.intro': 'Listing an item will take a few minutes. To get ready now:',
  'sell.step1Title': 'Take the photos',
  'sell.step1Body': 'In daylight, with the box, at least 4 photos from every side.',
  'sell.step2Title': 'Describe the condition',
  'sell.step2Body': 'Mint, boxed or played with; flag Treasure Hunt, chase or limited editions.',
  'sell.step3Title': 'Set your price',
  'sell.step3Body': 'Look at similar listings and set your price in Turkish lira.',
  'sell.escrowTitle': 'Your money is protected',
  'sell.escrowBody':
    "The buyer's payment is held by iyzico and paid out to you once the buyer confirms the item arrived.",
  'sell.comingNote': 'Listing arrives on this screen together with accounts. We can tell you when it opens.',
  'sell.notifyMe': 'Tell me when it opens',

  'inbox.title': 'Inbox',
  'inbox.emptyTitle': 'No messages yet',
  'inbox.emptyBody':
    'When you ask a seller about a listing or receive an offer, your conversations will be here.',
  'inbox.notifyTitle': 'Never miss a message',
  'inbox.notifyBody': 'Turn on notifications and we will tell you when a seller replies or an offer arrives.',

  'push.enable': 'Turn on notifications',
  'push.working': 'Asking for permission…',
  'push.granted': 'Notifications are on. We will keep you posted.',
  'push.denied': "Notification permission was not given. You can turn it on in your phone's Settings.",
  'push.unavailable': 'Notifications only work in the phone app.',
  'push.notConfigured': 'The notification service is not configured yet.',
  'push.failed': 'Could not turn on notifications. Try again in a while.',

  'profile.title': 'Profile',
  'profile.guestTitle': 'You are browsing as a guest',
  'profile.guestBody':
    'With an account you can save favourites, message sellers and buy with protected payment.',
  'profile.signIn': 'Sign in',
  'profile.signInSoon': 'Accounts are opening very soon.',
  'profile.settingsTitle': 'Settings',
  'profile.language': 'Language',
  'profile.notifications': 'Notifications',
  'profile.aboutTitle': 'App',
  'profile.version': 'Version',
  'profile.server': 'Server',

  'language.tr': 'Türkçe',
  'language.en': 'English',

  'notFound.title': 'This page could not be found',
  'notFound.body': 'The link may be out of date.',
  'notFound.action': 'Back to home',
};
