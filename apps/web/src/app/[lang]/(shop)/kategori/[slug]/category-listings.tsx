import { PackageOpen, Plus } from 'lucide-react';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { type Locale, localePath } from '@/lib/i18n/locale';

type Props = { locale: Locale; slug: string; t: Dictionary['category'] };

/** Listings arrive with the listings module; until then every category shows the empty state. */
export function CategoryListings({ locale, slug, t }: Props) {
  return (
    <section aria-labelledby="listings-title" className="mt-10">
      <h2 id="listings-title" className="sr-only">
        {t.listings}
      </h2>
      <EmptyState
        icon={<PackageOpen className="h-7 w-7" aria-hidden="true" />}
        title={t.emptyTitle}
        description={t.emptyLead}
        actions={
          <>
            <ButtonLink href={`${localePath(locale, '/sat')}?kategori=${encodeURIComponent(slug)}`} size="lg">
              <Plus className="h-4 w-4" aria-hidden="true" />
              {t.emptyCta}
            </ButtonLink>
            <ButtonLink href={`${localePath(locale)}#kategoriler`} size="lg" variant="secondary">
              {t.emptyBrowse}
            </ButtonLink>
          </>
        }
      />
    </section>
  );
}
