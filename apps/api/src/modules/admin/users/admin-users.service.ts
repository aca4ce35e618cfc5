import { Injectable } from '@nestjs/common';
import {
  type AdminUserDetail,
  type AdminUserRow,
  ErrorCode,
  type Role,
  type UserStatus,
} from '@tarodan/contracts';
import type { Caller } from '../../../platform/auth/caller.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { RequestOrigin } from '../../../platform/http/request-origin.js';
import { AuditLogService } from '../../audit/audit-log.service.js';
import { AccountMailService } from '../../identity/account-mail.service.js';
import { SessionService } from '../../identity/session.service.js';
import { type UserListRow, UserRepository, type UserRow } from '../../identity/user.repository.js';
import { SellerLookup } from './seller-lookup.js';

type StatusChange = { status: UserStatus; reason: string | null; action: string };

/** Staff tools over member accounts. Every change is written to the audit log with the state before and after. */
@Injectable()
export class AdminUsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditLogService,
    private readonly mail: AccountMailService,
    private readonly sellers: SellerLookup,
  ) {}

  async list(query: { q?: string; role?: Role; status?: UserStatus; page: number; pageSize: number }) {
    const { rows, total } = await this.users.list({
      q: query.q,
      role: query.role,
      status: query.status,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return { items: rows.map(toRow), total, page: query.page, pageSize: query.pageSize };
  }

  async detail(userId: string): Promise<{ user: AdminUserDetail }> {
    const user = await this.find(userId);
    const [isSeller, seller, activeSessions, audit] = await Promise.all([
      this.users.isSeller(user.id),
      this.sellers.maskedProfile(user.id),
      this.sessions.countFor(user.id),
      this.audit.list({ targetType: 'user', targetId: user.id, page: 1, pageSize: 50 }),
    ]);
    return {
      user: {
        ...toRow({ ...user, isSeller }),
        statusReason: user.statusReason,
        mobile: user.mobile,
        city: user.city,
        mfaEnabled: user.mfaEnabledAt !== null,
        activeSessions,
        seller,
        audit,
      },
    };
  }

  suspend(caller: Caller, origin: RequestOrigin, userId: string, reason: string) {
    return this.changeStatus(caller, origin, userId, { status: 'suspended', reason, action: 'user.suspend' });
  }

  ban(caller: Caller, origin: RequestOrigin, userId: string, reason: string) {
    return this.changeStatus(caller, origin, userId, { status: 'banned', reason, action: 'user.ban' });
  }

  reinstate(caller: Caller, origin: RequestOrigin, userId: string) {
    return this.changeStatus(caller, origin, userId, {
      status: 'active',
      reason: null,
      action: 'user.reinstate',
    });
  }

  async setRole(caller: Caller, origin: RequestOrigin, userId: string, role: Role) {
    const user = await this.find(userId);
    if (user.id === caller.userId) throw forbidden('You cannot change your own role');
    if (user.status === 'deleted') throw conflict('This account has been deleted');
    if (user.role !== role) {
      await this.users.update(user.id, { role });
      // Sessions carry the role they were opened with; new staff must also enrol in two-factor at next sign-in.
      await this.sessions.revokeAllForUser(user.id);
      await this.audit.record(caller, origin, {
        action: 'user.role',
        targetType: 'user',
        targetId: user.id,
        before: { role: user.role },
        after: { role },
      });
    }
    return this.detail(user.id);
  }

  private async changeStatus(caller: Caller, origin: RequestOrigin, userId: string, change: StatusChange) {
    const user = await this.find(userId);
    if (user.id === caller.userId) throw forbidden('You cannot change the status of your own account');
    if (user.status === 'deleted') throw conflict('This account has been deleted');
    if (user.role === 'admin') throw forbidden('Administrator accounts cannot be suspended or banned here');
    if (caller.role === 'moderator' && user.role !== 'member') {
      throw forbidden('Moderators can only act on member accounts');
    }
    await this.users.update(user.id, { status: change.status, statusReason: change.reason });
    if (change.status !== 'active') {
      await this.sessions.revokeAllForUser(user.id);
      const notice = change.status === 'banned' ? 'account-banned' : 'account-suspended';
      await this.mail.queueNotice(notice, user.email, user.displayName);
    }
    await this.audit.record(caller, origin, {
      action: change.action,
      targetType: 'user',
      targetId: user.id,
      before: { status: user.status, statusReason: user.statusReason },
      after: { status: change.status, statusReason: change.reason },
    });
    return this.detail(user.id);
  }

  private async find(userId: string): Promise<UserRow> {
    const user = await this.users.findById(userId);
    if (!user) throw AppError.notFound('User', userId);
    return user;
  }
}

function toRow(user: UserListRow): AdminUserRow {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    status: user.status,
    emailVerified: user.emailVerifiedAt !== null,
    isSeller: user.isSeller,
    createdAt: user.createdAt.toISOString(),
  };
}

const forbidden = (message: string) => new AppError(ErrorCode.Forbidden, message);
const conflict = (message: string) => new AppError(ErrorCode.Conflict, message);
