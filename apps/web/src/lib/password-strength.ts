/**
 * A quick, local hint of how guessable a new password is: 0 (very weak) … 4 (very strong). Only a hint while
 * typing; the API does the real check (length, breached and common passwords).
 */
const COMMON = /(password|parola|sifre|şifre|qwerty|asdf|123456|abc123|iloveyou|tarodan|letmein|admin)/i;
const CLASSES = [/[a-zçğıöşü]/, /[A-ZÇĞİÖŞÜ]/, /\d/, /[^\p{L}\d\s]/u];

function isRepetitive(value: string): boolean {
  return new Set(value.toLowerCase()).size <= Math.max(2, Math.floor(value.length / 4));
}

export function passwordStrength(value: string, minLength = 10): 0 | 1 | 2 | 3 | 4 {
  if (!value) return 0;
  const classes = CLASSES.filter((pattern) => pattern.test(value)).length;
  let score = 0;
  if (value.length >= minLength) score += 1;
  if (value.length >= minLength + 4) score += 1;
  if (classes >= 3) score += 1;
  if (value.length >= minLength + 8 || (classes === 4 && value.length >= minLength + 2)) score += 1;
  if (value.length < minLength || COMMON.test(value) || isRepetitive(value)) score = Math.min(score, 1);
  return Math.min(score, 4) as 0 | 1 | 2 | 3 | 4;
}
