'use client';

import { type ListingSort, listingSorts } from '@tarodan/contracts';
import { ArrowUpDown } from 'lucide-react';
import { useEffect, useState } from 'react';

type Props = {
  /** The page's own path: the form reloads it with `?sirala=` (and back on page 1). */
  action: string;
  value: ListingSort;
  label: string;
  apply: string;
  options: Record<ListingSort, string>;
};

/** A GET form: it works without JavaScript (with an Apply button); with it, choosing an option is enough. */
export function SortSelect({ action, value, label, apply, options }: Props) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <form action={action} method="get" className="flex items-center gap-2" data-testid="sort-form">
      <label htmlFor="sirala" className="inline-flex items-center gap-1.5 text-sm font-medium text-ink-muted">
        <ArrowUpDown className="h-4 w-4" aria-hidden="true" />
        <span className="hidden sm:inline">{label}</span>
        <span className="sr-only sm:hidden">{label}</span>
      </label>
      <select
        id="sirala"
        name="sirala"
        defaultValue={value}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        className="h-10 rounded-sm border border-line bg-surface pl-3 pr-8 text-sm font-medium text-ink shadow-sm hover:border-ink/25 focus:border-accent/60 focus:outline-none focus:ring-4 focus:ring-accent/10"
      >
        {listingSorts.map((sort) => (
          <option key={sort} value={sort}>
            {options[sort]}
          </option>
        ))}
      </select>
      {hydrated ? null : (
        <button
          type="submit"
          className="h-10 rounded-sm border border-line bg-surface px-3 text-sm font-semibold"
        >
          {apply}
        </button>
      )}
    </form>
  );
}
