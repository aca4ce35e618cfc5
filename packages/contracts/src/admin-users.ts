import { z } from 'zod';
import { roles, userStatuses } from './identity.js';
import { sellerProfileSchema } from './selling.js';

/** GET /admin/v1/users query. */
export const adminUserListQuerySchema = z
  .object({
    q: z.string().trim().max(100, 'must be at most 100 characters').optional(),
    role: z.enum(roles).optional(),
    status: z.enum(userStatuses).optional(),
    page: z.coerce.number().int().min(1, 'must be at least 1').max(1000, 'must be at most 1000').default(1),
    pageSize: z.coerce.number().int().min(1).max(100, 'must be at most 100').default(25),
  })
  .strict();
export type AdminUserListQuery = z.input<typeof adminUserListQuerySchema>;

export const adminUserRowSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  status: z.enum(userStatuses),
  emailVerified: z.boolean(),
  isSeller: z.boolean(),
  createdAt: z.string(),
});
export type AdminUserRow = z.infer<typeof adminUserRowSchema>;

export const adminUserListResponseSchema = z.object({
  items: z.array(adminUserRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const auditEntrySchema = z.object({
  id: z.uuid(),
  actor: z.object({
    id: z.string().nullable(),
    displayName: z.string().nullable(),
    role: z.string().nullable(),
  }),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  createdAt: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const adminUserDetailSchema = adminUserRowSchema.extend({
  statusReason: z.string().nullable(),
  mobile: z.string().nullable(),
  city: z.string().nullable(),
  mfaEnabled: z.boolean(),
  activeSessions: z.number().int(),
  seller: sellerProfileSchema.nullable(),
  audit: z.array(auditEntrySchema),
});
export type AdminUserDetail = z.infer<typeof adminUserDetailSchema>;
export const adminUserDetailResponseSchema = z.object({ user: adminUserDetailSchema });

export const adminStatusChangeRequestSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(5, 'must be at least 5 characters')
    .max(500, 'must be at most 500 characters'),
});
export const adminRoleChangeRequestSchema = z.object({ role: z.enum(roles) });
