/**
 * Path-based locales without a visible default prefix, done with config rewrites (not middleware: Next 14 proxies
 * middleware rewrites over the network when started with `-H 127.0.0.1`, vercel/next.js#94745):
 *   "/" and "/kategori/x"        -> app/[lang]/... with lang = tr
 *   "/en" and "/en/kategori/x"   -> app/[lang]/... with lang = en (no rewrite needed)
 *   "/tr/..."                    -> 308 to the unprefixed URL, so every page has one address
 * `afterFiles` rewrites run after static files and fixed routes (robots.txt, sitemap.xml, icon.svg, /_next, public/).
 *
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The contracts package ships compiled ESM; let Next bundle it like app code.
  transpilePackages: ['@tarodan/contracts'],
  async redirects() {
    return [
      { source: '/tr', destination: '/', permanent: true },
      { source: '/tr/:path*', destination: '/:path*', permanent: true },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: '/', destination: '/tr' },
        { source: '/:path((?!en(?:/|$)|tr(?:/|$)).+)', destination: '/tr/:path' },
      ],
      fallback: [],
    };
  },
};

export default nextConfig;
