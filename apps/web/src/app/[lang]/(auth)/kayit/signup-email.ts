/** httpOnly, one hour: the address just registered, so "check your email" can show it and resend without asking. */
export const SIGNUP_EMAIL_COOKIE = 'tarodan_signup_email';
