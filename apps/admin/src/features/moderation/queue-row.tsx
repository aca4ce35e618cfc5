'use client';

import { useRouter } from 'next/navigation';
import type * as React from 'react';
import { TableRow } from '@/components/ui/table';

/** Marks the focusable link of a row (queue-table.tsx sets it on the title), which keyboard users Tab or arrow to. */
const QUEUE_LINK = 'data-queue-link';

function focusSiblingLink(row: HTMLElement, direction: 'next' | 'previous') {
  const sibling = direction === 'next' ? row.nextElementSibling : row.previousElementSibling;
  sibling?.querySelector<HTMLAnchorElement>(`a[${QUEUE_LINK}]`)?.focus();
}

/**
 * A queue row that opens the preview when clicked anywhere (the title stays a real link for keyboards, middle-click
 * and screen readers); ↑/↓ move between the rows' links.
 */
export function QueueRow({ href, id, children }: { href: string; id: string; children: React.ReactNode }) {
  const router = useRouter();
  return (
    <TableRow
      data-listing-id={id}
      className="cursor-pointer"
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a, button')) return;
        if (event.metaKey || event.ctrlKey) window.open(href, '_blank', 'noopener');
        else router.push(href);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        event.preventDefault();
        focusSiblingLink(event.currentTarget, event.key === 'ArrowDown' ? 'next' : 'previous');
      }}
    >
      {children}
    </TableRow>
  );
}
