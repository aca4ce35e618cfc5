import type { Metadata } from 'next';

/** Account pages: titled, never indexed, links not followed (they lead to more private pages). */
export function privatePageMetadata(title: string, description?: string): Metadata {
  return { title, description, robots: { index: false, follow: false, nocache: true } };
}
