import type { CategoryNode } from '@tarodan/contracts';
import { ArrowDown, ShieldCheck } from 'lucide-react';
import Link from 'next/link';
import { CategoryIcon, categoryTint } from '@/components/catalog/category-icon';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { cn } from '@/lib/cn';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { type Locale, localePath } from '@/lib/i18n/locale';

type Props = { locale: Locale; t: Dictionary['hero']; categories: CategoryNode[] };

export function HomeHero({ locale, t, categories }: Props) {
  const tiles = categories.slice(0, 9);
  return (
    <section className="border-b border-line bg-surface">
      <Container className="grid items-center gap-10 py-10 sm:py-14 lg:grid-cols-[1.15fr_1fr] lg:gap-16 lg:py-16">
        <div>
          <p className="inline-flex items-center gap-2 rounded-full bg-success-soft px-3 py-1 text-[13px] font-medium text-success">
            <ShieldCheck className="h-4 w-4" aria-hidden="true" />
            {t.eyebrow}
          </p>
          <h1 className="mt-5 text-[2.1rem] font-extrabold leading-[1.08] tracking-[-0.035em] text-ink sm:text-5xl lg:text-[3.4rem]">
            {t.title}
          </h1>
          <p className="mt-5 max-w-xl text-base leading-7 text-ink-muted sm:text-lg sm:leading-8">{t.lead}</p>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row">
            <ButtonLink href="#kategoriler" size="lg">
              {t.browse}
              <ArrowDown className="h-4 w-4" aria-hidden="true" />
            </ButtonLink>
            <ButtonLink href={localePath(locale, '/sat')} size="lg" variant="secondary">
              {t.sell}
            </ButtonLink>
          </div>
        </div>
        {/* Decorative shortcuts: hidden from assistive tech (the category grid below is the real list). */}
        <div
          aria-hidden="true"
          className="hidden w-full max-w-[440px] grid-cols-3 gap-3 justify-self-end pb-8 lg:grid"
        >
          {tiles.map((category, index) => (
            <Link
              key={category.id}
              href={localePath(locale, `/kategori/${category.slug}`)}
              tabIndex={-1}
              className={cn(
                'flex aspect-square flex-col items-center justify-center gap-2 rounded-lg transition-transform hover:-translate-y-0.5',
                categoryTint(category.icon),
                index % 3 === 1 && 'translate-y-8 hover:translate-y-7',
              )}
            >
              <CategoryIcon name={category.icon} className="h-9 w-9" />
              <span className="px-2 text-center text-xs font-semibold leading-tight opacity-90">
                {category.name}
              </span>
            </Link>
          ))}
        </div>
      </Container>
    </section>
  );
}
