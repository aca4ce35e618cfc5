import { Search } from 'lucide-react';
import { cn } from '@/lib/cn';

type Props = { action: string; label: string; placeholder: string; className?: string };

/** A plain GET form to the search page: works before any JavaScript loads. */
export function SearchBox({ action, label, placeholder, className }: Props) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for React 18's types and older browsers
    <form action={action} method="get" role="search" className={cn('relative', className)}>
      <label htmlFor="site-search" className="sr-only">
        {label}
      </label>
      <Search
        className="pointer-events-none absolute left-3.5 top-1/2 h-4 w-4 -translate-y-1/2 text-ink-subtle"
        aria-hidden="true"
      />
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder={placeholder}
        autoComplete="off"
        enterKeyHint="search"
        className="h-11 w-full rounded-full border border-line bg-muted/60 pl-10 pr-4 text-[15px] text-ink placeholder:text-ink-subtle transition-colors focus:border-accent/50 focus:bg-surface focus:outline-none focus:ring-4 focus:ring-accent/10"
      />
    </form>
  );
}
