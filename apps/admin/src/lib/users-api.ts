import {
  type AdminUserDetail,
  adminUserDetailResponseSchema,
  adminUserListResponseSchema,
  type Role,
  type UserStatus,
} from '@tarodan/contracts';
import type { z } from 'zod';
import { request } from './api';

export type UserListQuery = { q?: string; role?: Role; status?: UserStatus; page: number; pageSize: number };
export type UserList = z.infer<typeof adminUserListResponseSchema>;

export function listUsers(token: string, query: UserListQuery): Promise<UserList> {
  return request('/admin/v1/users', { token, query, schema: adminUserListResponseSchema });
}

function userPath(id: string, action = ''): string {
  return `/admin/v1/users/${encodeURIComponent(id)}${action}`;
}

export async function getUser(token: string, id: string): Promise<AdminUserDetail> {
  return (await request(userPath(id), { token, schema: adminUserDetailResponseSchema })).user;
}

/**
 * The answer to a status or role change is `{ user }`; the page re-reads the full detail (with the new audit entry)
 * right after, so only the status code matters here.
 */
async function change(token: string, path: string, method: 'POST' | 'PUT', body?: unknown): Promise<void> {
  await request(path, { token, method, body, schema: null });
}

export function suspendUser(token: string, id: string, reason: string): Promise<void> {
  return change(token, userPath(id, '/suspend'), 'POST', { reason });
}

export function banUser(token: string, id: string, reason: string): Promise<void> {
  return change(token, userPath(id, '/ban'), 'POST', { reason });
}

export function reinstateUser(token: string, id: string): Promise<void> {
  return change(token, userPath(id, '/reinstate'), 'POST');
}

export function setUserRole(token: string, id: string, role: Role): Promise<void> {
  return change(token, userPath(id, '/role'), 'PUT', { role });
}
