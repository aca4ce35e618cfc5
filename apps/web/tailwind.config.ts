import type { Config } from 'tailwindcss';

/** Colours and radii come from the CSS variables in src/app/globals.css (the shared TARODAN tokens). */
const token = (name: string) => `rgb(var(--color-${name}) / <alpha-value>)`;

const config: Config = {
  content: ['./src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        accent: {
          DEFAULT: token('accent'),
          hover: token('accent-hover'),
          soft: token('accent-soft'),
          foreground: token('accent-foreground'),
        },
        ink: { DEFAULT: token('ink'), muted: token('ink-muted'), subtle: token('ink-subtle') },
        surface: token('surface'),
        canvas: token('canvas'),
        muted: token('muted'),
        line: token('line'),
        success: { DEFAULT: token('success'), soft: token('success-soft') },
      },
      borderRadius: {
        sm: 'var(--radius-sm)',
        md: 'var(--radius-md)',
        lg: 'var(--radius-lg)',
        xl: 'var(--radius-xl)',
        full: 'var(--radius-full)',
      },
      fontFamily: {
        sans: [
          'var(--font-inter-latin)',
          'var(--font-inter-ext)',
          'system-ui',
          'Segoe UI',
          'Roboto',
          'Arial',
          'sans-serif',
        ],
      },
      maxWidth: { content: '1200px' },
    },
  },
  plugins: [],
};

export default config;
