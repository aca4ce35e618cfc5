import { z } from 'zod';
import { trMobileSchema } from './turkish-ids.js';

export const roles = ['member', 'moderator', 'admin'] as const;
export type Role = (typeof roles)[number];

export const userStatuses = ['active', 'suspended', 'banned', 'deleted'] as const;
export type UserStatus = (typeof userStatuses)[number];

/** Which app the session is for: web and admin keep the token in an httpOnly cookie; mobile refreshes it. */
export const sessionClients = ['web', 'admin', 'mobile'] as const;
export type SessionClient = (typeof sessionClients)[number];

/** The versions of the legal texts the current sign-up form shows (bump when the text changes). */
export const LEGAL_VERSIONS = { terms: '2026-11', privacyNotice: '2026-11' } as const;

export const PASSWORD_MIN_LENGTH = 10;

const email = z.email({ message: 'must be an email address' }).max(254, 'must be at most 254 characters');
/** Strength and breach checks happen on the server; this only bounds the length. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(128, 'must be at most 128 characters');
const oneTimeToken = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, 'must be the token from the e-mail link');
const displayName = z
  .string()
  .trim()
  .min(2, 'must be at least 2 characters')
  .max(60, 'must be at most 60 characters');
const totpCode = z.string().regex(/^\d{6}$/, 'must be the 6-digit code from your authenticator app');

export const userSummarySchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

/** GET /v1/auth/me. */
export const meResponseSchema = z.object({ user: userSummarySchema });
export type MeResponse = z.infer<typeof meResponseSchema>;

// --- Registration and e-mail verification -------------------------------------------------------------------------

export const registerRequestSchema = z.object({
  email,
  password: newPasswordSchema,
  displayName,
  mobile: trMobileSchema.optional(),
  /** The member must accept both; the versions they saw are recorded with their IP and time. */
  acceptTerms: z.literal(true, { message: 'must be accepted' }),
  acceptPrivacyNotice: z.literal(true, { message: 'must be accepted' }),
  termsVersion: z.string().max(20).default(LEGAL_VERSIONS.terms),
  privacyNoticeVersion: z.string().max(20).default(LEGAL_VERSIONS.privacyNotice),
  marketingOptIn: z.boolean().default(false),
});
export type RegisterRequest = z.input<typeof registerRequestSchema>;

/** Register, resend, forgot-password: the same answer whether or not the address has an account. */
export const acceptedResponseSchema = z.object({ status: z.literal('accepted'), message: z.string() });
export type AcceptedResponse = z.infer<typeof acceptedResponseSchema>;

export const emailRequestSchema = z.object({ email });
export const tokenRequestSchema = z.object({ token: oneTimeToken });
export const verifyEmailResponseSchema = z.object({ status: z.literal('verified'), email: z.string() });

export const resetPasswordRequestSchema = z.object({ token: oneTimeToken, password: newPasswordSchema });

// --- Sign-in, two-factor, tokens -----------------------------------------------------------------------------------

export const signInRequestSchema = z.object({
  email,
  password: z.string().min(1, 'is required').max(256, 'must be at most 256 characters'),
  client: z.enum(sessionClients).default('web'),
});
export type SignInRequest = z.input<typeof signInRequestSchema>;

export const sessionTokensSchema = z.object({
  /** Bearer token (web/admin: kept by the BFF in an httpOnly cookie). */
  token: z.string(),
  expiresAt: z.string(),
  /** Mobile only: exchange at POST /v1/auth/refresh; each use returns a new one and retires the old. */
  refreshToken: z.string().optional(),
  refreshExpiresAt: z.string().optional(),
});
export type SessionTokens = z.infer<typeof sessionTokensSchema>;

export const signInResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('signed_in'), user: userSummarySchema, session: sessionTokensSchema }),
  /** Admins and moderators: send a TOTP or recovery code with this challenge to POST /v1/auth/mfa/verify. */
  z.object({ status: z.literal('mfa_required'), challenge: z.string() }),
  /** Admins and moderators without 2FA yet: enrol at POST /v1/auth/mfa/enrollment with this challenge. */
  z.object({ status: z.literal('mfa_enrollment_required'), challenge: z.string() }),
]);
export type SignInResponse = z.infer<typeof signInResponseSchema>;
export type SignedIn = Extract<SignInResponse, { status: 'signed_in' }>;

const challenge = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, 'must be the challenge from sign-in');

export const mfaVerifyRequestSchema = z
  .object({
    challenge,
    code: totpCode.optional(),
    recoveryCode: z
      .string()
      .regex(/^[a-z0-9]{5}-?[a-z0-9]{5}$/i, 'must be a recovery code like abcde-12345')
      .optional(),
  })
  .refine((v) => (v.code === undefined) !== (v.recoveryCode === undefined), {
    message: 'give either code or recoveryCode',
    path: ['code'],
  });

export const mfaEnrollmentStartRequestSchema = z.object({ challenge });
export const mfaEnrollmentStartResponseSchema = z.object({
  /** Base32 secret, for typing into an app that cannot scan. */
  secret: z.string(),
  otpauthUrl: z.string(),
  /** PNG data URL of the otpauth QR code. */
  qrCodeDataUrl: z.string(),
});
export const mfaEnrollmentConfirmRequestSchema = z.object({ challenge, code: totpCode });
export const mfaEnrollmentConfirmResponseSchema = z.object({
  status: z.literal('signed_in'),
  user: userSummarySchema,
  session: sessionTokensSchema,
  /** Shown once; each works once instead of a TOTP code. */
  recoveryCodes: z.array(z.string()),
});

export const refreshRequestSchema = z.object({
  refreshToken: z.string().regex(/^[A-Za-z0-9_-]{32,200}$/, 'must be a refresh token'),
});
export const refreshResponseSchema = z.object({ session: sessionTokensSchema });
