import { type ClassValue, clsx } from 'clsx';
import { twMerge } from 'tailwind-merge';

export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}

/** Two-letter initials for an avatar: "Ayşe Yılmaz" → "AY". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [parts[0] ?? '?'];
  return letters
    .map((part) => (part ?? '').charAt(0))
    .join('')
    .toLocaleUpperCase('tr-TR');
}

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": a TOTP secret in groups of 4, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
