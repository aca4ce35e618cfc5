import type { Metadata, Viewport } from 'next';
import type * as React from 'react';
import { CsrfProvider } from '@/components/csrf';
import { getCsrfToken } from '@/lib/csrf';
import { getLocale, getMessages } from '@/lib/i18n';
import { themeScript } from '@/lib/theme-script';
import { inter, interExt } from './fonts';
import './globals.css';

export function generateMetadata(): Metadata {
  const t = getMessages();
  return {
    title: { default: `${t.app.name} · ${t.app.panel}`, template: `%s · ${t.app.name} ${t.app.panel}` },
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#100e0d' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={getLocale()} className={`${inter.variable} ${interExt.variable}`} suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant script, no user input */}
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-dvh font-sans">
        <CsrfProvider token={getCsrfToken()}>{children}</CsrfProvider>
      </body>
    </html>
  );
}
