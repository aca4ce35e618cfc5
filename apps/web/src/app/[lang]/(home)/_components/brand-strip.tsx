import type { Brand } from '@tarodan/contracts';
import { ChipLink } from '@/components/ui/chip';
import { Container } from '@/components/ui/container';
import { type Locale, localePath } from '@/lib/i18n/locale';

type Props = { brands: Brand[]; locale: Locale; title: string };

export function BrandStrip({ brands, locale, title }: Props) {
  if (brands.length === 0) return null;
  return (
    <section aria-labelledby="brands-title" className="mt-16">
      <Container>
        <h2 id="brands-title" className="text-lg font-bold tracking-[-0.02em] text-ink">
          {title}
        </h2>
        <ul className="mt-4 flex flex-wrap gap-2" data-testid="brand-strip">
          {brands.map((brand) => (
            <li key={brand.id}>
              <ChipLink
                href={`${localePath(locale, '/ara')}?q=${encodeURIComponent(brand.name)}`}
                className="px-4 py-2 font-medium text-ink"
              >
                {brand.name}
              </ChipLink>
            </li>
          ))}
        </ul>
      </Container>
    </section>
  );
}
