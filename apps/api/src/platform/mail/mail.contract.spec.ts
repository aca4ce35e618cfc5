import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SendgridSandbox, startSendgridSandbox } from '@tarodan/sendgrid-sandbox';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailer } from './create-mailer.js';
import {
  InvalidMailMessageError,
  type Mailer,
  type MailMessage,
  PermanentMailError,
  RetryableMailError,
} from './mail.port.js';
import { OutboxMailer, readOutbox } from './outbox-mailer.adapter.js';
import { SendgridMailer } from './sendgrid-mailer.adapter.js';

const API_KEY = 'SG.tarodan-test-key';
const FROM = { email: 'destek@tarodan.com', name: 'TARODAN Destek' };
const TEMPLATE_ID = 'd-0123456789abcdef0123456789abcdef';

/** A delivered message, seen the same way whichever adapter delivered it. */
interface Delivered {
  messageId: string;
  from: { email: string; name?: string };
  to: string[];
  subject: string | undefined;
  text: string | undefined;
  html: string | undefined;
  templateId: string | undefined;
  dynamicData: Record<string, unknown> | undefined;
  category: string | undefined;
  replyTo: string | undefined;
}

interface Environment {
  mailer: Mailer;
  delivered: () => Promise<Delivered[]>;
  teardown: () => Promise<void>;
}

let sandbox: SendgridSandbox;
beforeAll(async () => {
  sandbox = await startSendgridSandbox({ apiKey: API_KEY });
});
afterAll(() => sandbox.close());

function deliveredBySandbox(): Delivered[] {
  return sandbox.messages().map(({ messageId, body }) => ({
    messageId,
    from: body.from,
    to: body.personalizations.flatMap((p) => p.to.map((address) => address.email)),
    subject: body.subject,
    text: body.content?.find((c) => c.type === 'text/plain')?.value,
    html: body.content?.find((c) => c.type === 'text/html')?.value,
    templateId: body.template_id,
    dynamicData: body.personalizations[0]?.dynamic_template_data,
    category: body.categories?.[0],
    replyTo: body.reply_to?.email,
  }));
}

const adapters: Array<{ name: Mailer['name']; setup: () => Promise<Environment> }> = [
  {
    name: 'outbox',
    setup: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'tarodan-outbox-'));
      return {
        mailer: new OutboxMailer({ dir, from: FROM }),
        delivered: async () =>
          (await readOutbox(dir)).map((m) => ({
            ...m,
            html: m.html,
            templateId: m.templateId,
            dynamicData: m.dynamicData,
            category: m.category,
            replyTo: m.replyTo,
          })),
        teardown: () => rm(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'sendgrid',
    setup: async () => {
      sandbox.clear();
      return {
        mailer: new SendgridMailer({ apiKey: API_KEY, from: FROM, baseUrl: sandbox.url }),
        delivered: async () => deliveredBySandbox(),
        teardown: async () => sandbox.clear(),
      };
    },
  },
];

const welcome: MailMessage = {
  to: 'ayse@example.com',
  subject: 'TARODAN’a hoş geldiniz',
  text: 'Hesabınızı doğrulamak için: https://tarodan.com/dogrula?token=abc123',
};

describe.each(adapters)('Mailer contract: $name', ({ name, setup }) => {
  let env: Environment;

  beforeEach(async () => {
    env = await setup();
  });
  afterEach(async () => {
    await env.mailer.close();
    await env.teardown();
  });

  it('reports its adapter name', () => {
    expect(env.mailer.name).toBe(name);
  });

  it('answers ping', async () => {
    await expect(env.mailer.ping()).resolves.toBeUndefined();
  });

  it('delivers a message readable with its sender, recipient, subject and text', async () => {
    const { messageId } = await env.mailer.send(welcome);
    expect(messageId).toEqual(expect.any(String));
    const [message, ...others] = await env.delivered();
    expect(others).toEqual([]);
    expect(message).toMatchObject({
      messageId,
      from: FROM,
      to: ['ayse@example.com'],
      subject: welcome.subject,
      text: welcome.text,
    });
    expect(message!.text).toMatch(/https:\/\/tarodan\.com\/dogrula\?token=abc123/);
  });

  it('delivers html, category and reply-to alongside the text', async () => {
    await env.mailer.send({
      ...welcome,
      html: '<p>Hoş geldiniz</p>',
      category: 'welcome',
      replyTo: 'satici@example.com',
    });
    expect((await env.delivered())[0]).toMatchObject({
      html: '<p>Hoş geldiniz</p>',
      category: 'welcome',
      replyTo: 'satici@example.com',
    });
  });

  it('delivers one message to several recipients', async () => {
    await env.mailer.send({ ...welcome, to: ['ali@example.com', 'veli@example.com'] });
    const delivered = await env.delivered();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.to).toEqual(['ali@example.com', 'veli@example.com']);
  });

  it('delivers a template with its dynamic data', async () => {
    const dynamicData = { name: 'Ayşe', order: { id: 'TR-1001', total: '₺1.234,50' }, items: ['Hot Wheels'] };
    await env.mailer.send({ ...welcome, templateId: TEMPLATE_ID, dynamicData });
    expect((await env.delivered())[0]).toMatchObject({ templateId: TEMPLATE_ID, dynamicData });
  });

  it('keeps Turkish characters intact', async () => {
    const turkish = 'ğüşıöç İĞÜŞÖÇ — Çağrı’nın sipariş özeti';
    await env.mailer.send({
      to: 'cagri@example.com',
      subject: turkish,
      text: turkish,
      html: `<b>${turkish}</b>`,
    });
    expect((await env.delivered())[0]).toMatchObject({
      subject: turkish,
      text: turkish,
      html: `<b>${turkish}</b>`,
    });
  });

  it('rejects a bad address before sending anything, naming the field', async () => {
    const bad = env.mailer.send({ ...welcome, to: ['ok@example.com', 'not-an-address'] });
    await expect(bad).rejects.toBeInstanceOf(InvalidMailMessageError);
    await expect(bad).rejects.toThrow(/to\.1 must be an email address/);
    await expect(env.mailer.send({ ...welcome, to: 'nope' })).rejects.toThrow(/\bto must be an email/);
    await expect(env.mailer.send({ ...welcome, replyTo: 'x@' })).rejects.toThrow(/replyTo/);
    expect(await env.delivered()).toEqual([]);
  });

  it('rejects an invalid message as permanent, naming each field', async () => {
    const error = await env.mailer
      .send({ to: [], subject: 'a\r\nBcc: x@evil.com', text: '', dynamicData: { a: 1 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentMailError);
    expect((error as PermanentMailError).retryable).toBe(false);
    expect((error as PermanentMailError).issues.map((i) => i.field)).toEqual([
      'to',
      'subject',
      'text',
      'dynamicData',
    ]);
    expect(await env.delivered()).toEqual([]);
  });

  it('rejects fields it does not know, instead of silently dropping them', async () => {
    const message = { ...welcome, dynamicdata: { a: 1 } } as MailMessage;
    await expect(env.mailer.send(message)).rejects.toThrow(/dynamicdata/);
  });
});

describe('SendgridMailer', () => {
  beforeEach(() => sandbox.clear());

  it('gives a PermanentMailError for a wrong API key, on send and on ping', async () => {
    const mailer = new SendgridMailer({ apiKey: 'SG.wrong-key', from: FROM, baseUrl: sandbox.url });
    const error = await mailer.send(welcome).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentMailError);
    expect(error).toMatchObject({ status: 401, retryable: false });
    expect((error as Error).message).toMatch(/HTTP 401.*authorization grant is invalid/);
    await expect(mailer.ping()).rejects.toBeInstanceOf(PermanentMailError);
    expect(sandbox.messages()).toEqual([]);
  });

  it('gives a RetryableMailError when SendGrid answers 5xx or 429', async () => {
    const mailer = new SendgridMailer({ apiKey: API_KEY, from: FROM, baseUrl: sandbox.url });
    for (const status of [500, 503, 429]) {
      sandbox.failNext(status);
      const error = await mailer.send(welcome).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RetryableMailError);
      expect(error).toMatchObject({ status, retryable: true });
    }
    await expect(mailer.send(welcome)).resolves.toMatchObject({ messageId: expect.any(String) });
  });

  it('gives a RetryableMailError when SendGrid cannot be reached', async () => {
    const mailer = new SendgridMailer({ apiKey: API_KEY, from: FROM, baseUrl: await closedPortUrl() });
    const error = await mailer.send(welcome).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryableMailError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    await expect(mailer.ping()).rejects.toBeInstanceOf(RetryableMailError);
  });

  it('gives each recipient a personalization of their own', async () => {
    const mailer = new SendgridMailer({ apiKey: API_KEY, from: FROM, baseUrl: sandbox.url });
    await mailer.send({ ...welcome, to: ['ali@example.com', 'veli@example.com'] });
    const [message] = sandbox.messages();
    expect(message!.body.personalizations.map((p) => p.to.map((t) => t.email))).toEqual([
      ['ali@example.com'],
      ['veli@example.com'],
    ]);
  });

  it('refuses to start without a key or with a bad sender', () => {
    expect(() => new SendgridMailer({ apiKey: '', from: FROM })).toThrow(/apiKey/);
    expect(() => new SendgridMailer({ apiKey: API_KEY, from: { email: 'tarodan' } })).toThrow(/from\.email/);
  });
});

describe('OutboxMailer', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tarodan-outbox-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes one <time>-<sequence>-<id>.json file per message and leaves no temp files', async () => {
    const mailer = new OutboxMailer({ dir: join(dir, 'nested'), from: FROM });
    const { messageId } = await mailer.send(welcome);
    const files = await readdir(join(dir, 'nested'));
    expect(files).toEqual([
      expect.stringMatching(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z-\\d{6}-${messageId}\\.json$`)),
    ]);
    const stored = JSON.parse(await readFile(join(dir, 'nested', files[0]!), 'utf8'));
    expect(stored).toMatchObject({ messageId, to: ['ayse@example.com'], subject: welcome.subject });
  });

  it('reads messages oldest first, filters by recipient, and ignores hidden temp files', async () => {
    const mailer = new OutboxMailer({ dir, from: FROM });
    await mailer.send({ ...welcome, to: 'Mehmet@Example.com', subject: 'birinci' });
    await mailer.send({ ...welcome, to: 'zeynep@example.com', subject: 'ikinci' });
    await mailer.send({ ...welcome, to: 'mehmet@example.com', subject: 'üçüncü' });
    await writeFile(join(dir, '.half-written.json.tmp'), '{');
    expect((await readOutbox(dir)).map((m) => m.subject)).toEqual(['birinci', 'ikinci', 'üçüncü']);
    expect((await readOutbox(dir, { to: 'mehmet@example.com' })).map((m) => m.subject)).toEqual([
      'birinci',
      'üçüncü',
    ]);
  });

  it('reads an outbox that does not exist yet as empty', async () => {
    expect(await readOutbox(join(dir, 'missing'))).toEqual([]);
  });

  it('rejects ping when the outbox cannot be created', async () => {
    await writeFile(join(dir, 'file'), 'not a folder');
    const mailer = new OutboxMailer({ dir: join(dir, 'file', 'outbox'), from: FROM });
    await expect(mailer.ping()).rejects.toThrow(/not writable/);
  });
});

describe('createMailer', () => {
  it('picks SendGrid when an API key is given and the outbox otherwise', async () => {
    const sendgrid = createMailer({ sendgridApiKey: API_KEY, sendgridBaseUrl: sandbox.url, from: FROM });
    const outbox = createMailer({ from: FROM, outboxDir: join(tmpdir(), 'unused-outbox') });
    expect([sendgrid.name, outbox.name]).toEqual(['sendgrid', 'outbox']);
    await expect(sendgrid.ping()).resolves.toBeUndefined();
  });
});

/** A URL on which nothing listens. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 1}`;
}
