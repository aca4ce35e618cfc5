import { z } from 'zod';

export const roles = ['member', 'moderator', 'admin'] as const;
export type Role = (typeof roles)[number];

export const signInRequestSchema = z.object({
  email: z.email({ message: 'must be an email address' }).max(254),
  password: z.string().min(1, 'is required').max(256),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

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

export const signInResponseSchema = z.object({
  user: userSummarySchema,
  session: z.object({ token: z.string(), expiresAt: z.string() }),
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;
