import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';
import type { SearchMessages } from '@/lib/i18n/search-messages';
import type { SearchState } from '@/lib/search-state';
import { type FacetGroup, type FacetOption, formatLira } from './facet-model';
import { RangeLinks } from './range-links';
import type { RangeLink } from './range-options';

const VISIBLE = 8;

function Section({ title, selected, children }: { title: string; selected: number; children: ReactNode }) {
  return (
    <details open className="group/facet border-b border-line py-3 last:border-0">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-sm py-1 text-[15px] font-semibold text-ink [&::-webkit-details-marker]:hidden">
        <span>
          {title}
          {selected > 0 ? (
            <span className="ml-1.5 inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-accent-soft px-1.5 text-xs text-accent-hover">
              {selected}
            </span>
          ) : null}
        </span>
        <svg
          viewBox="0 0 16 16"
          className="h-4 w-4 text-ink-subtle transition-transform group-open/facet:rotate-180"
          aria-hidden="true"
        >
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

type OptionProps = { name: string; kind: 'radio' | 'checkbox'; option: FacetOption };

function Option({ name, kind, option }: OptionProps) {
  const id = `f-${name}-${option.value || 'all'}`;
  return (
    <li style={option.depth ? { paddingLeft: `${option.depth * 14}px` } : undefined}>
      <label
        htmlFor={id}
        className="flex cursor-pointer items-center gap-2.5 rounded-sm px-1 py-1.5 text-sm text-ink hover:bg-muted/70"
      >
        <input
          id={id}
          type={kind}
          name={name}
          value={option.value}
          defaultChecked={option.checked}
          className={cn(
            'h-4 w-4 shrink-0 border-line text-accent accent-[rgb(var(--color-accent))] focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent',
            kind === 'checkbox' ? 'rounded' : 'rounded-full',
          )}
        />
        <span className={cn('min-w-0 flex-1 truncate', option.checked && 'font-semibold')}>
          {option.label}
        </span>
        {option.count !== null ? (
          <span className="shrink-0 text-xs tabular-nums text-ink-subtle" data-testid="facet-count">
            {option.count.toLocaleString('tr-TR')}
          </span>
        ) : null}
      </label>
    </li>
  );
}

function OptionList({ group, more }: { group: FacetGroup; more: (n: number) => string }) {
  // Chosen values always show, however far down the list they are.
  const head = group.options.filter((o, i) => i < VISIBLE || o.checked);
  const rest = group.options.filter((o, i) => i >= VISIBLE && !o.checked);
  return (
    <>
      <ul className="space-y-0.5" data-testid={`facet-${group.name}`}>
        {head.map((option) => (
          <Option key={option.value || 'all'} name={group.name} kind={group.kind} option={option} />
        ))}
      </ul>
      {rest.length > 0 ? (
        <details className="mt-1">
          <summary className="cursor-pointer rounded-sm px-1 py-1.5 text-sm font-semibold text-accent-hover">
            {more(rest.length)}
          </summary>
          <ul className="mt-0.5 space-y-0.5">
            {rest.map((option) => (
              <Option key={option.value} name={group.name} kind={group.kind} option={option} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

const rangeInput =
  'h-10 w-full min-w-0 rounded-sm border border-line bg-surface px-3 text-sm text-ink tabular-nums shadow-sm placeholder:text-ink-subtle hover:border-ink/25 focus:border-accent/60 focus:outline-none focus:ring-4 focus:ring-accent/10';

type RangeProps = {
  title: string;
  /** The facet's ranges (price ranges, decades) above the inputs. */
  links: RangeLink[];
  linksName: string;
  names: [string, string];
  labels: [string, string];
  values: [string, string];
  placeholders: [string, string];
  inputMode: 'numeric' | 'decimal';
};

function Range({ title, links, linksName, names, labels, values, placeholders, inputMode }: RangeProps) {
  const selected = values.filter(Boolean).length > 0 ? 1 : 0;
  return (
    <Section title={title} selected={selected}>
      <RangeLinks name={linksName} links={links} />
      <div className="grid grid-cols-[1fr_auto_1fr] items-end gap-2">
        {[0, 1].map((i) => (
          <label key={names[i]} className={cn('flex flex-col gap-1', i === 1 && 'col-start-3')}>
            <span className="text-xs font-medium text-ink-muted">{labels[i]}</span>
            <input
              name={names[i]}
              defaultValue={values[i]}
              placeholder={placeholders[i]}
              inputMode={inputMode}
              autoComplete="off"
              className={rangeInput}
              data-testid={`input-${names[i]}`}
            />
          </label>
        ))}
        <span aria-hidden="true" className="col-start-2 row-start-1 pb-2.5 text-ink-subtle">
          –
        </span>
      </div>
    </Section>
  );
}

type Props = {
  groups: FacetGroup[];
  state: SearchState;
  prices: RangeLink[];
  decades: RangeLink[];
  years: { min: number; max: number } | null;
  ratings: FacetOption[];
  freeShipping: number;
  t: SearchMessages;
};

/**
 * The sidebar's controls: radio/checkbox facets with counts, price ranges and decades (links) over their min/max
 * inputs, seller rating (hidden until some seller has reviews), free shipping.
 */
export function FacetFields({ groups, state, prices, decades, years, ratings, freeShipping, t }: Props) {
  const [category, ...lists] = groups;
  const visible = (g: FacetGroup) => g.options.length > 0;
  return (
    <div data-testid="facets">
      {category && category.options.length > 1 ? (
        <Section title={category.title} selected={state.category ? 1 : 0}>
          <OptionList group={category} more={t.more} />
        </Section>
      ) : null}
      {lists.filter(visible).map((group) => (
        <Section
          key={group.name}
          title={group.title}
          selected={group.options.filter((o) => o.checked).length}
        >
          <OptionList group={group} more={t.more} />
        </Section>
      ))}
      <Range
        title={t.facets.price}
        links={prices}
        linksName="price"
        names={['priceMin', 'priceMax']}
        labels={[t.min, t.max]}
        values={[
          state.priceMin === null ? '' : formatLira(state.priceMin),
          state.priceMax === null ? '' : formatLira(state.priceMax),
        ]}
        placeholders={['0', '25.000']}
        inputMode="decimal"
      />
      <Range
        title={t.facets.year}
        links={decades}
        linksName="year"
        names={['yearMin', 'yearMax']}
        labels={[t.from, t.to]}
        values={[state.yearMin?.toString() ?? '', state.yearMax?.toString() ?? '']}
        placeholders={[String(years?.min ?? 1960), String(years?.max ?? new Date().getFullYear())]}
        inputMode="numeric"
      />
      {ratings.length > 0 ? (
        <Section title={t.facets.rating} selected={state.ratingMin !== null ? 1 : 0}>
          <ul className="space-y-0.5" data-testid="facet-rating">
            {ratings.map((option) => (
              <Option key={option.value || 'all'} name="ratingMin" kind="radio" option={option} />
            ))}
          </ul>
        </Section>
      ) : null}
      {freeShipping > 0 || state.freeShipping ? (
        <Section title={t.facets.shipping} selected={state.freeShipping ? 1 : 0}>
          <ul>
            <Option
              name="freeShipping"
              kind="checkbox"
              option={{
                value: 'true',
                label: t.freeShipping,
                count: freeShipping,
                checked: state.freeShipping,
                depth: 0,
              }}
            />
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
