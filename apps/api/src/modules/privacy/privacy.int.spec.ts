import { randomBytes, randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/access-policy.js';
import { FieldCipher } from '../../platform/crypto/field-cipher.js';
import { Database } from '../../platform/database/database.js';
import {
  accountDeletions,
  accountTokens,
  auditLog,
  dataExports,
  sellerProfiles,
  userConsents,
  users,
} from '../../platform/database/schema/index.js';
import { readOutbox } from '../../platform/mail/outbox-mailer.adapter.js';
import { ObjectStorage } from '../../platform/storage/storage.port.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { PasswordHasher } from '../identity/password-hasher.js';
import { SessionService } from '../identity/session.service.js';
import { AccountDeletionService } from './account-deletion.service.js';
import { DataExportCleanup } from './data-export-cleanup.service.js';

let api: TestApp;
/** Ids of every account this file creates. */
const created: string[] = [];
let database: Database;
let storage: ObjectStorage;
beforeAll(async () => {
  api = await startTestApp();
  database = api.app.get(Database);
  storage = api.app.get(ObjectStorage);
});
afterAll(async () => {
  // CI runs every suite against one database: leave no extra accounts behind (other suites count admins).
  if (created.length > 0) {
    await database.db.delete(auditLog).where(inArray(auditLog.targetId, created));
    await database.db.delete(accountDeletions).where(inArray(accountDeletions.userId, created));
    await database.db.delete(users).where(inArray(users.id, created));
  }
  await api.close();
});

const PASSWORD = 'Gizli-Parola-2026!';
const IBAN = 'TR330006100519786457841326';
const TCKN = '10000000146';

type Member = { id: string; email: string; token: string };

/** A fresh, verified member (tests here delete accounts and hit daily limits, so nobody is shared). */
async function createMember(
  options: { avatar?: boolean; seller?: 'valid' | 'corrupt'; role?: Role } = {},
): Promise<Omit<Member, 'token'>> {
  const email = `gizlilik-${randomUUID().slice(0, 8)}@tarodan.test`;
  const [user] = await database.db
    .insert(users)
    .values({
      email,
      passwordHash: await api.app.get(PasswordHasher, { strict: false }).hash(PASSWORD),
      displayName: 'Çağla Öztürk',
      role: options.role ?? 'member',
      city: 'İzmir',
      mobile: '+905551112233',
      bio: 'Hot Wheels toplarım',
      emailVerifiedAt: new Date(),
    })
    .returning();
  const id = user!.id;
  created.push(id);
  if (options.avatar) {
    const avatarKey = `${id}/${randomBytes(12).toString('hex')}.webp`;
    await storage.put('avatars', avatarKey, Buffer.from('RIFF....WEBPVP8 fake'), {
      contentType: 'image/webp',
    });
    await database.db.update(users).set({ avatarKey }).where(eq(users.id, id));
  }
  if (options.seller) {
    const cipher = api.app.get(FieldCipher);
    await database.db.insert(sellerProfiles).values({
      userId: id,
      type: 'PERSONAL',
      storeName: 'Çağla’nın Garajı',
      contactName: 'Çağla',
      contactSurname: 'Öztürk',
      identityNumberEncrypted: cipher.encrypt(TCKN, 'seller.identityNumber'),
      identityNumberLast4: TCKN.slice(-4),
      // A token written for another field cannot be decrypted as an IBAN: the export must fail, not leak.
      ibanEncrypted: cipher.encrypt(IBAN, options.seller === 'valid' ? 'seller.iban' : 'buyer.phone'),
      ibanLast4: IBAN.slice(-4),
      address: 'Alsancak Mah. 1453 Sok. No:5, Konak',
      city: 'İzmir',
      phone: '+905551112233',
    });
  }
  return { id, email };
}

async function signIn(email: string, password = PASSWORD) {
  return api.request('/v1/auth/sign-in', { method: 'POST', json: { email, password, client: 'web' } });
}

async function signedInMember(options: Parameters<typeof createMember>[0] = {}): Promise<Member> {
  const member = await createMember(options);
  const { status, body } = await signIn(member.email);
  expect(status).toBe(200);
  expect(body.status ?? 'signed_in').toBe('signed_in');
  return { ...member, token: body.session.token };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const listExports = (token: string) => api.request('/v1/account/data-exports', { token });
const requestExport = (token: string) => api.request('/v1/account/data-exports', { method: 'POST', token });

async function waitForExport(member: Member, status: 'ready' | 'failed', id?: string) {
  return waitFor(`an export that is ${status}`, async () => {
    const { body } = await listExports(member.token);
    return body.items?.find(
      (item: { id: string; status: string }) =>
        item.status === status && (id === undefined || item.id === id),
    );
  });
}

/** Signed URLs carry the configured public API address; the test server listens on a random port. */
function onTestServer(url: string): string {
  const parsed = new URL(url);
  return `${api.baseUrl}${parsed.pathname}${parsed.search}`;
}

const gql = (token: string, query: string) =>
  api.request('/graphql', { method: 'POST', token, json: { query } });

describe('exporting my data', () => {
  let owner: Member;
  let archive: Record<string, Uint8Array>;
  let ready: { id: string; downloadUrl: string; expiresAt: string };

  beforeAll(async () => {
    owner = await signedInMember({ avatar: true, seller: 'valid' });
  });

  it('accepts the request with 202 and a pending export', async () => {
    const { status, body } = await requestExport(owner.token);
    expect(status).toBe(202);
    expect(body.export).toMatchObject({ status: 'pending', downloadUrl: null, completedAt: null });
  });

  it('builds the archive in a job and lists it with a signed download URL valid for 15 minutes', async () => {
    ready = await waitForExport(owner, 'ready');
    expect(ready.downloadUrl).toEqual(expect.any(String));
    const keepsFor = Date.parse(ready.expiresAt) - Date.now();
    expect(keepsFor).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(keepsFor).toBeLessThanOrEqual(7 * 86_400_000);
    const expires = Number(new URL(ready.downloadUrl).searchParams.get('expires'));
    expect(expires * 1000 - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(expires * 1000 - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  });

  it('downloads a ZIP with data.json, CSVs with a BOM and the avatar, and nothing secret', async () => {
    const response = await fetch(onTestServer(ready.downloadUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    archive = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(archive)).toEqual(
      expect.arrayContaining([
        'data.json',
        'user.csv',
        'consents.csv',
        'seller-profile.csv',
        'audit-log.csv',
      ]),
    );
    expect(Object.keys(archive)).toContain('avatar.webp');
    const data = JSON.parse(strFromU8(archive['data.json']!));
    expect(data.user).toMatchObject({ id: owner.id, email: owner.email, city: 'İzmir', hasAvatar: true });
    expect(data.sellerProfile).toMatchObject({ identityNumber: TCKN, iban: IBAN });
    const text = strFromU8(archive['data.json']!);
    expect(text).not.toMatch(/passwordHash|password_hash|\$argon2|mfaSecret|Encrypted|blind|Index/);
    expect([...archive['user.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(archive['user.csv']!)).toContain('Çağla Öztürk');
    expect(strFromU8(archive['seller-profile.csv']!)).toContain(IBAN);
  });

  it('stores the archive under exports/<userId>/<exportId>.zip in the documents bucket', async () => {
    expect(await storage.exists('documents', `exports/${owner.id}/${ready.id}.zip`)).toBe(true);
  });

  it('e-mails the member a link to the account page, Turkish first, never the file URL', async () => {
    const [mail] = await waitFor('the ready e-mail', async () => {
      const messages = await readOutbox(api.config.mail.outboxDir, { to: owner.email });
      return messages.filter((m) => m.subject.includes('Verilerinizin kopyası hazır')).length > 0
        ? messages.filter((m) => m.subject.includes('Verilerinizin kopyası hazır'))
        : null;
    });
    expect(mail!.text).toContain(`${api.config.webUrl}/hesabim#veri`);
    expect(mail!.text.indexOf('Merhaba')).toBeLessThan(mail!.text.indexOf('Hello'));
    expect(mail!.html).toContain(`${api.config.webUrl}/hesabim#veri`);
    expect(`${mail!.text}${mail!.html}`).not.toMatch(/exports\/|signature=|v1\/files/);
  });

  it('shows the export to its owner only, over REST and GraphQL', async () => {
    const other = await signedInMember();
    const { status, body } = await listExports(other.token);
    expect(status).toBe(200);
    expect(body.items).toEqual([]);
    const graph = await gql(other.token, '{ myDataExports { id } }');
    expect(graph.body.data.myDataExports).toEqual([]);
  });

  it('removes the archive once it expires, in the daily cleanup, and stops offering a link', async () => {
    await database.db
      .update(dataExports)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(dataExports.id, ready.id));
    const result = await api.app.get(DataExportCleanup).cleanUp(new Date());
    expect(result.archivesRemoved).toBeGreaterThanOrEqual(1);
    expect(await storage.exists('documents', `exports/${owner.id}/${ready.id}.zip`)).toBe(false);
    const { body } = await listExports(owner.token);
    expect(body.items[0]).toMatchObject({ id: ready.id, status: 'ready', downloadUrl: null });
    const download = await fetch(onTestServer(ready.downloadUrl));
    expect(download.status).toBe(404);
  });

  it('marks the export failed when the job cannot build it, and shows no link', async () => {
    const member = await signedInMember({ seller: 'corrupt' });
    expect((await requestExport(member.token)).status).toBe(202);
    const failed = await waitForExport(member, 'failed');
    expect(failed.downloadUrl).toBeNull();
    const [row] = await database.db.select().from(dataExports).where(eq(dataExports.id, failed.id));
    expect(row!.failureReason).toMatch(/seller\.iban/);
    expect(row!.failureReason).not.toContain(IBAN);
  });

  it('answers 429 with Retry-After while an export is pending', async () => {
    const member = await signedInMember();
    await database.db.insert(dataExports).values({ userId: member.id, status: 'pending' });
    const { status, body, headers } = await requestExport(member.token);
    expect(status).toBe(429);
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.message).toMatch(/still being prepared/);
    expect(headers.get('retry-after')).toBe('60');
  });

  it('allows 3 exports a day, then answers 429 with the wait until the oldest leaves the 24 hours', async () => {
    const member = await signedInMember();
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
    await database.db.insert(dataExports).values([
      { userId: member.id, status: 'ready', requestedAt: hoursAgo(20) },
      { userId: member.id, status: 'failed', requestedAt: hoursAgo(2) },
      { userId: member.id, status: 'ready', requestedAt: hoursAgo(25) },
    ]);
    const accepted = await requestExport(member.token);
    expect(accepted.status).toBe(202);
    await waitForExport(member, 'ready', accepted.body.export.id);
    const { status, body, headers } = await requestExport(member.token);
    expect(status).toBe(429);
    expect(body.error.message).toMatch(/at most 3 data exports a day/);
    const retryAfter = Number(headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(4 * 3600 - 120);
    expect(retryAfter).toBeLessThanOrEqual(4 * 3600);
  });

  it('offers the same over GraphQL: requestDataExport and myDataExports', async () => {
    const member = await signedInMember();
    const requested = await gql(member.token, 'mutation { requestDataExport { id status downloadUrl } }');
    expect(requested.body.errors).toBeUndefined();
    expect(requested.body.data.requestDataExport).toMatchObject({ status: 'pending', downloadUrl: null });
    const id = requested.body.data.requestDataExport.id;
    const listed = await waitFor('the export over GraphQL', async () => {
      const { body } = await gql(member.token, '{ myDataExports { id status downloadUrl expiresAt } }');
      return body.data.myDataExports.find((e: { status: string }) => e.status === 'ready');
    });
    expect(listed).toMatchObject({ id, status: 'ready', downloadUrl: expect.stringContaining('exports') });
    const again = await gql(member.token, 'mutation { requestDataExport { id } }');
    expect(again.body.errors).toBeUndefined();
    const signedOut = await api.request('/graphql', {
      method: 'POST',
      json: { query: '{ myDataExports { id } }' },
    });
    expect(signedOut.body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });

  it.each([
    ['no token', 'POST', undefined, undefined, 401],
    ['no token', 'GET', undefined, undefined, 401],
    ['a token that is no session', 'POST', 'x'.repeat(43), undefined, 401],
    ['a token that is no session', 'GET', 'x'.repeat(43), undefined, 401],
    ['a malformed JSON body', 'POST', 'owner', '{"oops"', 400],
  ])('rejects %s on %s /v1/account/data-exports', async (_case, method, token, body, expected) => {
    const response = await api.request('/v1/account/data-exports', {
      method,
      token: token === 'owner' ? owner.token : token,
      ...(body ? { body, headers: { 'content-type': 'application/json' } } : {}),
    });
    expect(response.status).toBe(expected);
    expect(response.body.error.code).toBe(expected === 401 ? 'UNAUTHENTICATED' : 'VALIDATION_FAILED');
  });
});

describe('deleting my account', () => {
  const deleteAccount = (token: string | undefined, json: unknown) =>
    api.request('/v1/account', { method: 'DELETE', token, json });

  it.each([
    [{}, 'body.password'],
    [{ confirmation: 'HESABIMI SIL' }, 'body.password'],
    [{ password: '', confirmation: 'HESABIMI SIL' }, 'body.password'],
    [{ password: 42, confirmation: 'HESABIMI SIL' }, 'body.password'],
    [{ password: 'x'.repeat(257), confirmation: 'HESABIMI SIL' }, 'body.password'],
    [{ password: PASSWORD }, 'body.confirmation'],
    [{ password: PASSWORD, confirmation: 'hesabimi sil' }, 'body.confirmation'],
    [{ password: PASSWORD, confirmation: 'HESABIMI SİL' }, 'body.confirmation'],
    [{ password: PASSWORD, confirmation: ' HESABIMI SIL' }, 'body.confirmation'],
  ])('rejects %j with 400 naming %s', async (body, field) => {
    const member = await signedInMember();
    const { status, body: answer } = await deleteAccount(member.token, body);
    expect(status).toBe(400);
    expect(answer.error.code).toBe('VALIDATION_FAILED');
    expect(answer.error.details.map((d: { field: string }) => d.field)).toContain(field);
    if (field === 'body.confirmation') {
      expect(answer.error.details).toContainEqual({
        field: 'body.confirmation',
        reason: 'must be exactly "HESABIMI SIL"',
      });
    }
  });

  it('answers 401 without a session and 400 for a malformed JSON body', async () => {
    expect(
      (await deleteAccount(undefined, { password: PASSWORD, confirmation: 'HESABIMI SIL' })).status,
    ).toBe(401);
    const member = await signedInMember();
    const malformed = await api.request('/v1/account', {
      method: 'DELETE',
      token: member.token,
      body: '{"password":',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
  });

  it('refuses a wrong password with 403 and a clear message, and keeps the account', async () => {
    const member = await signedInMember();
    const { status, body } = await deleteAccount(member.token, {
      password: 'Yanlis-Parola-1!',
      confirmation: 'HESABIMI SIL',
    });
    expect(status).toBe(403);
    expect(body.error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'The password is not correct; your account was not deleted',
      details: [{ field: 'body.password', reason: 'is not correct' }],
    });
    expect((await api.request('/v1/auth/me', { token: member.token })).status).toBe(200);
  });

  it('limits password guesses to 5 in 15 minutes with 429 and Retry-After', async () => {
    const member = await signedInMember();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push(
        (await deleteAccount(member.token, { password: `yanlis-${i}`, confirmation: 'HESABIMI SIL' })).status,
      );
    }
    expect(statuses).toEqual([403, 403, 403, 403, 403]);
    const limited = await deleteAccount(member.token, { password: PASSWORD, confirmation: 'HESABIMI SIL' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses staff accounts with 403: an admin cannot delete themselves this way', async () => {
    const admin = await createMember({ role: 'admin' });
    const sessions = api.app.get(SessionService, { strict: false });
    const { token } = await sessions.create({ id: admin.id, role: 'admin' }, 'admin', {
      ip: '127.0.0.1',
      userAgent: 'vitest',
    });
    const { status, body } = await deleteAccount(token, { password: PASSWORD, confirmation: 'HESABIMI SIL' });
    expect(status).toBe(403);
    expect(body.error.message).toMatch(/Staff accounts cannot be deleted/);
    const [row] = await database.db.select().from(users).where(eq(users.id, admin.id));
    expect(row!.status).toBe('active');
  });

  describe('with the right password and confirmation', () => {
    let member: Member;
    let otherSession: string;
    let avatarKey: string;
    let archiveKey: string;

    beforeAll(async () => {
      member = await signedInMember({ avatar: true, seller: 'valid' });
      otherSession = (await signIn(member.email)).body.session.token;
      await database.db.insert(userConsents).values([
        { userId: member.id, kind: 'terms', version: '2026-11', granted: true, ip: '10.0.0.9' },
        { userId: member.id, kind: 'marketing', version: '2026-11', granted: true, ip: '10.0.0.9' },
      ]);
      await database.db.insert(accountTokens).values({
        userId: member.id,
        purpose: 'verify_email',
        tokenHash: randomBytes(16).toString('hex'),
        email: member.email,
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      await database.db.insert(auditLog).values([
        {
          actorId: member.id,
          actorRole: 'member',
          action: 'test.self',
          targetType: 'user',
          targetId: member.id,
          ip: '10.0.0.9',
        },
        {
          actorId: null,
          actorRole: 'admin',
          action: 'user.suspend',
          targetType: 'user',
          targetId: member.id,
          ip: '10.9.9.9',
        },
      ]);
      expect((await requestExport(member.token)).status).toBe(202);
      const ready = await waitForExport(member, 'ready');
      archiveKey = `exports/${member.id}/${ready.id}.zip`;
      const [row] = await database.db.select().from(users).where(eq(users.id, member.id));
      avatarKey = row!.avatarKey!;
      expect(await storage.exists('avatars', avatarKey)).toBe(true);
      expect(await storage.exists('documents', archiveKey)).toBe(true);

      const { status } = await deleteAccount(member.token, {
        password: PASSWORD,
        confirmation: 'HESABIMI SIL',
      });
      expect(status).toBe(204);
    });

    it('ends every session of the account', async () => {
      for (const token of [member.token, otherSession]) {
        const me = await api.request('/v1/auth/me', { token });
        expect(me.status).toBe(401);
      }
    });

    it('no longer lets the old e-mail and password sign in', async () => {
      const { status } = await signIn(member.email);
      expect(status).toBe(401);
    });

    it('anonymises the users row and keeps it', async () => {
      const [row] = await database.db.select().from(users).where(eq(users.id, member.id));
      expect(row).toMatchObject({
        email: `deleted-${member.id}@deleted.invalid`,
        displayName: 'Silinmiş üye',
        status: 'deleted',
        mobile: null,
        city: null,
        bio: null,
        avatarKey: null,
        mfaSecret: null,
      });
      expect(row!.deletedAt).toBeInstanceOf(Date);
      expect(row!.passwordHash).not.toMatch(/^\$argon2/);
      expect(await api.app.get(PasswordHasher, { strict: false }).verify(row!.passwordHash, PASSWORD)).toBe(
        false,
      );
    });

    it('deletes consents, one-time tokens, the seller profile and the exports', async () => {
      const of = <T extends { userId: unknown }>(table: T) => eq(table.userId as never, member.id);
      expect(await database.db.select().from(userConsents).where(of(userConsents))).toEqual([]);
      expect(await database.db.select().from(accountTokens).where(of(accountTokens))).toEqual([]);
      expect(await database.db.select().from(sellerProfiles).where(of(sellerProfiles))).toEqual([]);
      expect(await database.db.select().from(dataExports).where(of(dataExports))).toEqual([]);
    });

    it('keeps the audit log, with the IP removed from entries the member made', async () => {
      const entries = await database.db.select().from(auditLog).where(eq(auditLog.targetId, member.id));
      expect(entries).toHaveLength(2);
      expect(entries.find((e) => e.action === 'test.self')!.ip).toBeNull();
      expect(entries.find((e) => e.action === 'user.suspend')!.ip).toBe('10.9.9.9');
    });

    it('removes the avatar and the export archive from storage', async () => {
      expect(await storage.exists('avatars', avatarKey)).toBe(false);
      expect(await storage.exists('documents', archiveKey)).toBe(false);
    });

    it('records the deletion with counts and no personal data', async () => {
      const rows = await database.db
        .select()
        .from(accountDeletions)
        .where(eq(accountDeletions.userId, member.id));
      expect(rows).toHaveLength(1);
      const summary = JSON.parse(rows[0]!.summary);
      expect(summary).toMatchObject({
        users: 1,
        consents: 2,
        accountTokens: 1,
        sellerProfiles: 1,
        dataExports: 1,
        auditLogIpsCleared: 1,
        avatar: true,
        exportFiles: 1,
        sessions: 2,
      });
      expect(rows[0]!.summary).not.toMatch(/@|İzmir|Çağla|TR33/);
    });

    it('can finish again (a retried job) without recording the deletion twice', async () => {
      await api.app.get(AccountDeletionService).finish({
        userId: member.id,
        requestedAt: new Date().toISOString(),
        avatarKey: avatarKey,
        counts: { users: 1 },
      });
      const rows = await database.db
        .select()
        .from(accountDeletions)
        .where(eq(accountDeletions.userId, member.id));
      expect(rows).toHaveLength(1);
    });
  });
});
