import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  const base = siteUrl();
  return {
    // Search result pages are endless and thin: keep crawlers on categories and listings.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/ara', '/en/ara'] }],
    sitemap: `${base}/sitemap.xml`,
    host: base,
  };
}
