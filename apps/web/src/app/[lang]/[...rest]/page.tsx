import { notFound } from 'next/navigation';

// The 404's title and noindex: Next does not pick up not-found.tsx's metadata for this route on its own.
export { generateMetadata } from '../not-found';

/** Any path no route claims renders the localized not-found page inside the site layout (status 404). */
export default function CatchAll() {
  notFound();
}
