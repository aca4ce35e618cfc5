import { randomUUID } from 'node:crypto';
import { access, constants, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  assertMailSender,
  Mailer,
  type MailMessage,
  type MailSender,
  parseMailMessage,
  type SentMail,
} from './mail.port.js';

export interface OutboxMailerOptions {
  /** e.g. `.data/mail-outbox`; created when missing. */
  dir: string;
  from: MailSender;
}

/** One file in the outbox: the validated message plus who sent it and when. */
export interface OutboxMessage {
  messageId: string;
  /** ISO 8601. */
  createdAt: string;
  from: MailSender;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  templateId?: string;
  dynamicData?: Record<string, unknown>;
  category?: string;
  replyTo?: string;
}

export interface ReadOutboxOptions {
  /** Only messages addressed to this recipient (compared case-insensitively). */
  to?: string;
}

/**
 * Development and test mailer: nothing leaves the machine. Each message becomes
 * `<dir>/<time>-<sequence>-<id>.json`, where `<time>` is the ISO time with `:` and `.` made file-name safe
 * (`2025-01-31T09-15-00-123Z`), so names sort by time. Files are written under a hidden temp name and renamed,
 * so `readOutbox` never sees half a message.
 */
let sequence = 0;

export class OutboxMailer extends Mailer {
  readonly name = 'outbox' as const;
  private readonly dir: string;
  private readonly from: MailSender;

  constructor(options: OutboxMailerOptions) {
    super();
    if (!options.dir) throw new Error('OutboxMailer needs a dir');
    assertMailSender(options.from);
    this.dir = resolve(options.dir);
    this.from = { ...options.from };
  }

  async send(message: MailMessage): Promise<SentMail> {
    const parsed = parseMailMessage(message);
    const createdAt = new Date().toISOString();
    const messageId = randomUUID();
    const stored: OutboxMessage = { messageId, createdAt, from: this.from, ...parsed };
    // The sequence keeps messages written within the same millisecond in the order they were sent.
    sequence = (sequence + 1) % 1_000_000;
    const file = `${createdAt.replace(/[:.]/g, '-')}-${String(sequence).padStart(6, '0')}-${messageId}.json`;
    await mkdir(this.dir, { recursive: true });
    const temp = join(this.dir, `.${file}.tmp`);
    try {
      await writeFile(temp, `${JSON.stringify(stored, null, 2)}\n`, 'utf8');
      await rename(temp, join(this.dir, file));
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { messageId };
  }

  async ping(): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
      await access(this.dir, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new Error(`Mail outbox ${this.dir} is not writable: ${code}`, { cause: error });
    }
  }

  async close(): Promise<void> {}
}

/**
 * The messages in an outbox folder, oldest first; `[]` when the folder does not exist. For development tools and
 * tests, e.g. a browser test that reads the verification link sent to a new user.
 */
export async function readOutbox(dir: string, options: ReadOutboxOptions = {}): Promise<OutboxMessage[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files = names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  const messages = await Promise.all(
    files.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8')) as OutboxMessage),
  );
  const to = options.to?.toLowerCase();
  return to ? messages.filter((m) => m.to.some((address) => address.toLowerCase() === to)) : messages;
}
