import { z } from 'zod';
import { newPasswordSchema, roles, sessionClients, userStatuses } from './identity.js';
import { publicMediaImageSchema } from './media.js';
import { trMobileSchema } from './turkish-ids.js';

/** GET /v1/account: what the account settings page shows. */
export const accountSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  emailVerified: z.boolean(),
  /** A new address waiting for its verification link to be clicked. */
  pendingEmail: z.string().nullable(),
  displayName: z.string(),
  role: z.enum(roles),
  status: z.enum(userStatuses),
  mobile: z.string().nullable(),
  city: z.string().nullable(),
  bio: z.string().nullable(),
  avatarUrl: z.string().nullable(),
  /** Square variants (128, 256, 512 px; AVIF, WebP, JPEG) with a blurhash; `pending` right after an upload. */
  avatar: publicMediaImageSchema.nullable(),
  mfaEnabled: z.boolean(),
  marketingOptIn: z.boolean(),
  isSeller: z.boolean(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof accountSchema>;
export const accountResponseSchema = z.object({ account: accountSchema });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const updateProfileRequestSchema = z
  .object({
    displayName: z
      .string()
      .trim()
      .min(2, 'must be at least 2 characters')
      .max(60, 'must be at most 60 characters')
      .optional(),
    city: optionalText(60),
    bio: optionalText(500),
    mobile: trMobileSchema.nullable().optional(),
  })
  .strict();
export type UpdateProfileRequest = z.input<typeof updateProfileRequestSchema>;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1, 'is required').max(256),
  newPassword: newPasswordSchema,
});

export const changeEmailRequestSchema = z.object({
  newEmail: z.email({ message: 'must be an email address' }).max(254),
  password: z.string().min(1, 'is required').max(256),
});

export const marketingConsentRequestSchema = z.object({ optIn: z.boolean() });

export const deleteAccountRequestSchema = z.object({
  password: z.string().min(1, 'is required').max(256),
  /** The member types this phrase to confirm. */
  confirmation: z.literal('HESABIMI SIL', { message: 'must be exactly "HESABIMI SIL"' }),
});

export const sessionInfoSchema = z.object({
  id: z.string(),
  client: z.enum(sessionClients),
  /** Browser / device summary derived from the user agent, e.g. "Chrome · Windows". */
  device: z.string(),
  ip: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
export const sessionListResponseSchema = z.object({ items: z.array(sessionInfoSchema) });

/** GET /v1/members/:id — what anyone may see about a member. */
export const publicProfileSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  avatarUrl: z.string().nullable(),
  avatar: publicMediaImageSchema.nullable(),
  city: z.string().nullable(),
  bio: z.string().nullable(),
  memberSince: z.string(),
  isSeller: z.boolean(),
  /** Null until reviews exist. */
  rating: z.object({ average: z.number(), count: z.number().int() }).nullable(),
});
export type PublicProfile = z.infer<typeof publicProfileSchema>;

export const dataExportSchema = z.object({
  id: z.uuid(),
  status: z.enum(['pending', 'ready', 'failed']),
  requestedAt: z.string(),
  completedAt: z.string().nullable(),
  /** Time-limited download link while the archive exists. */
  downloadUrl: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export type DataExport = z.infer<typeof dataExportSchema>;
export const dataExportListResponseSchema = z.object({ items: z.array(dataExportSchema) });
