/**
 * TARODAN design tokens for the mobile app. Web and admin use the same values (colours, radii, spacing),
 * so the brand feels like one product.
 *
 * Contrast on white: `accent` is 3.7:1 — enough for icons, shapes and large bold text (the wordmark), not for
 * small text. Small accent-coloured text and text-bearing buttons use `accentStrong` (4.9:1).
 */
export const colors = {
  accent: '#E4572E',
  accentStrong: '#C8431D',
  accentPressed: '#A93516',
  accentSoft: '#FDEEE8',
  onAccent: '#FFFFFF',

  background: '#FFFFFF',
  surface: '#FFFFFF',
  surfaceMuted: '#F7F6F4',
  border: '#ECE9E5',
  skeleton: '#EFECE8',

  text: '#1C1917',
  textMuted: '#6B6460',
  textSubtle: '#8A837E',

  danger: '#B42318',
  dangerSoft: '#FEF3F2',
  success: '#067647',
  successSoft: '#ECFDF3',
} as const;

export const radii = {
  sm: 8,
  card: 12,
  lg: 16,
  pill: 999,
} as const;

export const spacing = {
  xxs: 2,
  xs: 4,
  sm: 8,
  md: 12,
  lg: 16,
  xl: 24,
  xxl: 32,
} as const;

export const fontSizes = {
  caption: 12,
  small: 14,
  body: 16,
  title: 20,
  headline: 26,
} as const;

export const fontWeights = {
  regular: '400',
  medium: '500',
  semibold: '600',
  bold: '700',
  heavy: '800',
} as const;

/** A soft lift for cards on white; elevation for Android, shadow* for iOS, boxShadow on web. */
export const cardShadow = {
  shadowColor: '#1C1917',
  shadowOpacity: 0.06,
  shadowRadius: 8,
  shadowOffset: { width: 0, height: 2 },
  elevation: 1,
} as const;

/** Thumb-friendly minimum touch target (Apple HIG 44pt, Material 48dp). */
export const minTouchTarget = 48;
