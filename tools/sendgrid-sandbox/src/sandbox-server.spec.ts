import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReceivedMessage, SendgridError } from './mail-send.types.js';
import { type SendgridSandbox, startSendgridSandbox } from './sandbox-server.js';

const API_KEY = 'SG.sandbox-test-key';

const validBody = {
  personalizations: [{ to: [{ email: 'ayse@example.com', name: 'Ayşe' }] }],
  from: { email: 'destek@tarodan.com', name: 'TARODAN' },
  subject: 'Siparişiniz kargoda',
  content: [{ type: 'text/plain', value: 'Merhaba Ayşe, siparişiniz yola çıktı.' }],
};

let sandbox: SendgridSandbox;

beforeAll(async () => {
  sandbox = await startSendgridSandbox({ apiKey: API_KEY });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.clear());

function post(body: unknown, key: string | null = API_KEY): Promise<Response> {
  return fetch(`${sandbox.url}/v3/mail/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function errorsOf(response: Response): Promise<SendgridError[]> {
  return ((await response.json()) as { errors: SendgridError[] }).errors;
}

describe('POST /v3/mail/send', () => {
  it('accepts a valid message with 202 and an X-Message-Id, and keeps it', async () => {
    const response = await post(validBody);
    expect(response.status).toBe(202);
    const id = response.headers.get('x-message-id');
    expect(id).toMatch(/^[\w-]{22}$/);
    const [message] = sandbox.messages();
    expect(message).toMatchObject({ messageId: id, body: validBody });
    expect(Date.parse(message!.receivedAt)).not.toBeNaN();
  });

  it('refuses a request without a key, or with another key, with 401 in SendGrid’s error shape', async () => {
    for (const key of [null, 'SG.wrong']) {
      const response = await post(validBody, key);
      expect(response.status).toBe(401);
      const [error] = await errorsOf(response);
      expect(error).toEqual({ message: expect.any(String), field: null, help: null });
    }
    expect(sandbox.messages()).toEqual([]);
  });

  it('answers 400 naming each invalid field', async () => {
    const response = await post({
      personalizations: [{ to: [{ email: 'not-an-address' }] }, { to: [] }],
      from: { email: 'nobody' },
      content: [{ type: 'text/plain', value: '' }],
    });
    expect(response.status).toBe(400);
    const fields = (await errorsOf(response)).map((e) => e.field);
    expect(fields).toEqual([
      'personalizations.0.to.0.email',
      'personalizations.1.to',
      'from.email',
      'subject',
      'content.0.value',
    ]);
    expect(sandbox.messages()).toEqual([]);
  });

  it('requires personalizations, from and content', async () => {
    const response = await post({ subject: 'x' });
    expect(response.status).toBe(400);
    const errors = await errorsOf(response);
    expect(errors.map((e) => e.field)).toEqual(['personalizations', 'from', 'content']);
    expect(errors[0]!.help).toMatch(/^http/);
  });

  it('lets a template stand in for subject and content', async () => {
    const body = {
      personalizations: [
        { to: [{ email: 'can@example.com' }], dynamic_template_data: { name: 'Can', link: 'https://x.y/z' } },
      ],
      from: { email: 'destek@tarodan.com' },
      template_id: 'd-0123456789abcdef0123456789abcdef',
    };
    expect((await post(body)).status).toBe(202);
    expect(sandbox.messages()[0]!.body).toEqual(body);
  });

  it('accepts a subject set on every personalization instead of the message', async () => {
    const { subject: _subject, ...rest } = validBody;
    const body = { ...rest, personalizations: [{ to: [{ email: 'a@example.com' }], subject: 'Selam' }] };
    expect((await post(body)).status).toBe(202);
  });

  it('checks reply_to and categories', async () => {
    const response = await post({ ...validBody, reply_to: { email: 'x' }, categories: ['ok', ''] });
    expect((await errorsOf(response)).map((e) => e.field)).toEqual(['reply_to.email', 'categories.1']);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await post('{not json');
    expect(response.status).toBe(400);
    expect(await errorsOf(response)).toEqual([{ message: 'Bad Request', field: null, help: null }]);
  });

  it('keeps Turkish characters intact', async () => {
    const text = 'ğüşıöç İĞÜŞÖÇ — İstanbul’dan selamlar';
    const body = { ...validBody, subject: text, content: [{ type: 'text/plain', value: text }] };
    expect((await post(body)).status).toBe(202);
    expect(sandbox.messages()[0]!.body.subject).toBe(text);
    expect(sandbox.messages()[0]!.body.content![0]!.value).toBe(text);
  });

  it('fails the next requests on demand, then accepts again', async () => {
    sandbox.failNext(503, 2);
    expect((await post(validBody)).status).toBe(503);
    expect((await post(validBody)).status).toBe(503);
    expect((await post(validBody)).status).toBe(202);
    expect(sandbox.messages()).toHaveLength(1);
  });

  it('refuses other methods on the send route', async () => {
    const response = await fetch(`${sandbox.url}/v3/mail/send`);
    expect(response.status).toBe(405);
  });
});

describe('GET /v3/scopes', () => {
  it('lists mail.send for the right key and refuses a wrong one', async () => {
    const ok = await fetch(`${sandbox.url}/v3/scopes`, { headers: { authorization: `Bearer ${API_KEY}` } });
    expect(await ok.json()).toEqual({ scopes: ['mail.send'] });
    const wrong = await fetch(`${sandbox.url}/v3/scopes`, { headers: { authorization: 'Bearer SG.no' } });
    expect(wrong.status).toBe(401);
  });
});

describe('sandbox-only /__messages', () => {
  it('reads and clears the received messages over HTTP', async () => {
    await post(validBody);
    const listed = (await (await fetch(`${sandbox.url}/__messages`)).json()) as {
      messages: ReceivedMessage[];
    };
    expect(listed.messages).toHaveLength(1);
    expect(listed.messages[0]!.body.subject).toBe(validBody.subject);
    const cleared = await fetch(`${sandbox.url}/__messages`, { method: 'DELETE' });
    expect(cleared.status).toBe(204);
    expect(sandbox.messages()).toEqual([]);
  });

  it('hands out copies, so callers cannot change what it holds', async () => {
    await post(validBody);
    sandbox.messages()[0]!.body.subject = 'changed';
    expect(sandbox.messages()[0]!.body.subject).toBe(validBody.subject);
  });
});

describe('startSendgridSandbox', () => {
  it('refuses to start without an api key', async () => {
    await expect(startSendgridSandbox({ apiKey: '' })).rejects.toThrow(/apiKey/);
  });

  it('listens on the port it is given and stops on close', async () => {
    const probe = await startSendgridSandbox({ apiKey: API_KEY });
    const port = Number(new URL(probe.url).port);
    await probe.close();
    const fixed = await startSendgridSandbox({ apiKey: API_KEY, port });
    expect(fixed.url).toBe(`http://127.0.0.1:${port}`);
    await fixed.close();
    await expect(fetch(`${fixed.url}/__messages`)).rejects.toThrow();
  });
});
