import { Alert } from '@/components/ui/alert';
import type { SearchMessages } from '@/lib/i18n/search-messages';
import type { SearchNotice } from '@/lib/search-api';

type Props = { notices: SearchNotice[]; badPrices: string[]; t: SearchMessages };

function sentence(notice: SearchNotice, t: SearchMessages): string {
  const n = t.notices;
  switch (notice.key) {
    case 'price':
      return n.price;
    case 'year':
      return n.year;
    case 'page':
      return n.page;
    case 'q':
      return n.query;
    case 'category':
      return n.category;
    case 'rating':
      return n.rating;
    default:
      return n.other(notice.field.replace(/^query\./, '').replace(/\.\d+$/, '') || '?');
  }
}

/**
 * What the API refused in this URL (its 400 reasons) and what we did about it, in the visitor's words; the API's
 * own reason follows in small print. The results below are for the rest of the search.
 */
export function SearchNotices({ notices, badPrices, t }: Props) {
  if (notices.length === 0 && badPrices.length === 0) return null;
  return (
    <Alert tone="warning" title={t.notices.title} className="mt-4" data-testid="search-notice">
      <ul className="space-y-1">
        {badPrices.map((value) => (
          <li key={`price-${value}`}>{t.notices.priceFormat(value)}</li>
        ))}
        {notices.map((notice) => (
          <li key={`${notice.field}-${notice.reason}`}>
            {sentence(notice, t)}{' '}
            <span className="text-xs text-ink-subtle">
              ({t.notices.apiSaid} {notice.field ? `${notice.field} ` : ''}
              {notice.reason})
            </span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
