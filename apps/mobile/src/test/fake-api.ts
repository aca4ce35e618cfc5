import {
  type Account,
  type ErrorCode,
  type FieldIssue,
  registerRequestSchema,
  type SessionInfo,
  type SessionTokens,
  signInRequestSchema,
  updateProfileRequestSchema,
} from '@tarodan/contracts';
import type { z } from 'zod';

const ACCESS_MS = 15 * 60_000;
const REFRESH_MS = 60 * 24 * 60 * 60_000;

type Member = { account: Account; password: string; staff?: boolean };
type FakeSession = {
  id: string;
  userId: string;
  accessToken: string;
  accessExpiresAt: number;
  refreshToken: string;
  retiredRefreshTokens: Set<string>;
  revoked: boolean;
  info: SessionInfo;
};
type Call = { method: string; path: string; body: unknown; authorization: string | null };
type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/**
 * The identity part of the TARODAN API as docs/identity.md describes it, in memory, behind a `fetch`: sign-in
 * (mobile tokens: 15-minute access, rotating refresh), refresh with reuse detection (a retired refresh token revokes
 * the whole session), sign-out, register, account, profile, sessions; errors in the common envelope, 429 with
 * Retry-After. Time is `now`, moved by the test.
 */
export class FakeApi {
  now = Date.parse('2026-11-25T10:00:00Z');
  readonly calls: Call[] = [];
  private readonly members = new Map<string, Member>();
  private readonly sessions: FakeSession[] = [];
  private readonly planned = new Map<string, Reply>();
  private sequence = 0;

  readonly fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input);
    const method = init.method ?? 'GET';
    const headers = (init.headers ?? {}) as Record<string, string>;
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    this.calls.push({ method, path: url.pathname, body, authorization: headers.Authorization ?? null });
    for (let tick = 0; tick < 3; tick++) await null; // answers arrive later, as over a network (not with timers: the router's tests fake them)
    const key = `${method} ${url.pathname}`;
    const planned = this.planned.get(key);
    if (planned) this.planned.delete(key);
    return toResponse(planned ?? this.route(key, body, headers.Authorization ?? null));
  };

  addMember(overrides: Partial<Account> & { password?: string; staff?: boolean } = {}): Account {
    const { password = 'koleksiyon-2026', staff, ...fields } = overrides;
    const account: Account = {
      id: `0000000${this.members.size + 1}-0000-4000-8000-000000000001`,
      email: 'ayse@example.com',
      emailVerified: true,
      pendingEmail: null,
      displayName: 'Ayşe Yılmaz',
      role: staff ? 'admin' : 'member',
      status: 'active',
      mobile: null,
      city: 'İzmir',
      bio: 'Hot Wheels Treasure Hunt koleksiyoncusu.',
      avatarUrl: null,
      avatar: null,
      mfaEnabled: !!staff,
      marketingOptIn: false,
      isSeller: false,
      createdAt: '2026-11-03T08:00:00Z',
      ...fields,
    };
    this.members.set(account.email, { account, password, staff });
    return account;
  }

  /** A mobile session for `email`, as the sign-in answer carries it. */
  openSession(
    email = 'ayse@example.com',
    device = 'iPhone · iOS 18',
    client: SessionInfo['client'] = 'mobile',
  ): SessionTokens {
    const member = this.members.get(email);
    if (!member) throw new Error(`no member ${email}`);
    const id = `s${this.sessions.length + 1}`;
    const session: FakeSession = {
      id,
      userId: member.account.id,
      accessToken: this.token('access'),
      accessExpiresAt: this.now + ACCESS_MS,
      refreshToken: this.token('refresh'),
      retiredRefreshTokens: new Set(),
      revoked: false,
      info: {
        id,
        client,
        device,
        ip: '203.0.113.7',
        createdAt: new Date(this.now).toISOString(),
        lastUsedAt: new Date(this.now).toISOString(),
        current: false,
      },
    };
    this.sessions.push(session);
    return this.tokensOf(session);
  }

  /** The next `method path` gets this answer instead (e.g. a 429, a 400 with details, a 500). */
  plan(methodAndPath: string, reply: Reply): void {
    this.planned.set(methodAndPath, reply);
  }

  /** As an admin would: the session ends on the server; its tokens stop working. */
  revokeAllSessions(): void {
    for (const session of this.sessions) session.revoked = true;
  }

  /** The server no longer accepts the current access tokens (e.g. the device clock runs slow). */
  expireAccessTokens(): void {
    for (const session of this.sessions) session.accessExpiresAt = this.now - 1;
  }

  count(methodAndPath: string): number {
    return this.calls.filter((call) => `${call.method} ${call.path}` === methodAndPath).length;
  }

  liveSessions(): number {
    return this.sessions.filter((session) => !session.revoked).length;
  }

  private route(key: string, body: unknown, authorization: string | null): Reply {
    if (key === 'POST /v1/auth/sign-in') return this.signIn(body);
    if (key === 'POST /v1/auth/register') return this.register(body);
    if (key === 'POST /v1/auth/resend-verification') return accepted();
    if (key === 'POST /v1/auth/refresh') return this.refresh(body);

    const session = this.authenticate(authorization);
    if (!session) return error(401, 'UNAUTHENTICATED', 'Sign in to continue');
    const member = [...this.members.values()].find((m) => m.account.id === session.userId)!;
    if (key === 'POST /v1/auth/sign-out') {
      session.revoked = true;
      return { status: 204 };
    }
    if (key === 'GET /v1/account') return { status: 200, body: { account: member.account } };
    if (key === 'PATCH /v1/account/profile') return this.updateProfile(member, body);
    if (key === 'GET /v1/account/sessions') return { status: 200, body: { items: this.sessionsOf(session) } };
    if (key === 'DELETE /v1/account/sessions') {
      for (const other of this.sessions)
        if (other.userId === session.userId && other !== session) other.revoked = true;
      return { status: 204 };
    }
    const revoke = /^DELETE \/v1\/account\/sessions\/(.+)$/.exec(key);
    if (revoke) {
      const target = this.sessions.find(
        (s) => s.id === revoke[1] && s.userId === session.userId && !s.revoked,
      );
      if (!target) return error(404, 'NOT_FOUND', `Session not found: ${revoke[1]}`);
      target.revoked = true;
      return { status: 204 };
    }
    return error(404, 'ROUTE_NOT_FOUND', `No route ${key}`);
  }

  private signIn(body: unknown): Reply {
    const parsed = signInRequestSchema.safeParse(body);
    if (!parsed.success) return validation(parsed.error);
    const member = this.members.get(parsed.data.email.toLowerCase());
    if (!member || member.password !== parsed.data.password) {
      return error(401, 'UNAUTHENTICATED', 'Email or password is incorrect');
    }
    if (!member.account.emailVerified) {
      return error(403, 'FORBIDDEN', 'Verify your e-mail address first: we sent you a link', [
        { field: 'body.email', reason: 'is not verified yet' },
      ]);
    }
    if (member.staff) return { status: 200, body: { status: 'mfa_required', challenge: 'c'.repeat(43) } };
    const session = this.openSession(member.account.email);
    const user = {
      id: member.account.id,
      email: member.account.email,
      displayName: member.account.displayName,
    };
    return { status: 200, body: { status: 'signed_in', user: { ...user, role: 'member' }, session } };
  }

  private register(body: unknown): Reply {
    const parsed = registerRequestSchema.safeParse(body);
    return parsed.success ? accepted() : validation(parsed.error);
  }

  private refresh(body: unknown): Reply {
    const token = (body as { refreshToken?: string } | undefined)?.refreshToken;
    const reused = this.sessions.find((s) => token !== undefined && s.retiredRefreshTokens.has(token));
    if (reused) {
      reused.revoked = true; // a retired token came back: the whole session (token family) ends
      return error(401, 'UNAUTHENTICATED', 'Refresh token reuse detected; the session has been revoked');
    }
    const session = this.sessions.find((s) => s.refreshToken === token && !s.revoked);
    if (!session) return error(401, 'UNAUTHENTICATED', 'Refresh token is not valid');
    session.retiredRefreshTokens.add(session.refreshToken);
    session.accessToken = this.token('access');
    session.accessExpiresAt = this.now + ACCESS_MS;
    session.refreshToken = this.token('refresh');
    return { status: 200, body: { session: this.tokensOf(session) } };
  }

  private updateProfile(member: Member, body: unknown): Reply {
    const parsed = updateProfileRequestSchema.safeParse(body);
    if (!parsed.success) return validation(parsed.error);
    const changes = Object.fromEntries(
      Object.entries(parsed.data).filter(([, value]) => value !== undefined),
    );
    member.account = { ...member.account, ...changes };
    return { status: 200, body: { account: member.account } };
  }

  private authenticate(authorization: string | null): FakeSession | undefined {
    const token = authorization?.replace(/^Bearer /, '');
    const session = this.sessions.find((s) => s.accessToken === token);
    if (!session || session.revoked || session.accessExpiresAt <= this.now) return undefined;
    session.info.lastUsedAt = new Date(this.now).toISOString();
    return session;
  }

  private sessionsOf(current: FakeSession): SessionInfo[] {
    return this.sessions
      .filter((s) => s.userId === current.userId && !s.revoked)
      .map((s) => ({ ...s.info, current: s === current }));
  }

  private tokensOf(session: FakeSession): SessionTokens {
    return {
      token: session.accessToken,
      expiresAt: new Date(session.accessExpiresAt).toISOString(),
      refreshToken: session.refreshToken,
      refreshExpiresAt: new Date(this.now + REFRESH_MS).toISOString(),
    };
  }

  private token(kind: string): string {
    return `${kind}_${++this.sequence}_${'x'.repeat(40)}`;
  }
}

function accepted(): Reply {
  return {
    status: 202,
    body: { status: 'accepted', message: 'If the address can be used, we sent an email' },
  };
}

export function error(status: number, code: ErrorCode, message: string, details?: FieldIssue[]): Reply {
  return { status, body: { error: { code, message, details, requestId: 'req-test' } } };
}

/** As the API's ZodPipe: each issue named `body.<field>`. */
function validation(zodError: z.ZodError): Reply {
  const details = zodError.issues.map((issue) => ({
    field: ['body', ...issue.path.map(String)].join('.'),
    reason: issue.message,
  }));
  return error(400, 'VALIDATION_FAILED', 'The request is not valid', details);
}

function toResponse({ status, body, headers = {} }: Reply): Response {
  const lower = Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => lower[name.toLowerCase()] ?? null },
    json: async () => {
      if (body === undefined) throw new SyntaxError('Unexpected end of JSON input');
      return body;
    },
  } as unknown as Response;
}
