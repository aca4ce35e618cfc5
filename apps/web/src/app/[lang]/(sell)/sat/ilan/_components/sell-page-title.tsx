import { Breadcrumb } from '@/components/ui/breadcrumb';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { type Locale, localePath } from '@/lib/i18n/locale';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';

/** Breadcrumb and the flow's heading: "İlan ver" for a new listing, "İlanı düzenle" once it has gone out. */
export function SellPageTitle({ locale, editing }: { locale: Locale; editing: boolean }) {
  const t = getSellFlowMessages(locale);
  const d = getDictionary(locale);
  const title = editing ? t.editTitle : t.title;
  return (
    <>
      <Breadcrumb
        label={d.category.breadcrumb}
        items={[
          { label: d.category.home, href: localePath(locale) },
          { label: d.sell.title, href: localePath(locale, '/sat') },
          { label: title, href: localePath(locale, '/sat/ilan') },
        ]}
      />
      <h1 className="mt-4 text-3xl font-extrabold tracking-[-0.03em] text-ink sm:text-4xl">{title}</h1>
    </>
  );
}
