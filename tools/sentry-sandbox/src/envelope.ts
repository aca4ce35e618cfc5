/** One item of a Sentry envelope: its header line and its payload (raw bytes; `json` when it parses). */
export interface EnvelopeItem {
  header: { type: string; length?: number; [key: string]: unknown };
  payload: Buffer;
  json: unknown;
}

export interface Envelope {
  header: { event_id?: string; dsn?: string; sent_at?: string; [key: string]: unknown };
  items: EnvelopeItem[];
}

export class EnvelopeParseError extends Error {}

const NEWLINE = 0x0a;

function parseJsonLine(bytes: Buffer, what: string): Record<string, unknown> {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new EnvelopeParseError(`invalid ${what}`);
}

function tryJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Parses Sentry's envelope format (https://develop.sentry.dev/sdk/data-model/envelopes/): a JSON header line, then
 * items, each a JSON header line and a payload. With `length` the payload is exactly that many bytes (and may contain
 * newlines); without it the payload runs to the next newline or the end.
 */
export function parseEnvelope(body: Buffer): Envelope {
  let offset = body.indexOf(NEWLINE);
  const headerEnd = offset === -1 ? body.length : offset;
  const header = parseJsonLine(body.subarray(0, headerEnd), 'envelope header');
  offset = headerEnd + 1;
  const items: EnvelopeItem[] = [];
  while (offset < body.length) {
    const lineEnd = body.indexOf(NEWLINE, offset);
    const itemHeaderEnd = lineEnd === -1 ? body.length : lineEnd;
    const headerBytes = body.subarray(offset, itemHeaderEnd);
    offset = itemHeaderEnd + 1;
    if (headerBytes.length === 0) continue; // trailing newline
    const itemHeader = parseJsonLine(headerBytes, 'item header');
    if (typeof itemHeader.type !== 'string') throw new EnvelopeParseError('item header without a type');
    let payload: Buffer;
    if (typeof itemHeader.length === 'number') {
      const length = itemHeader.length;
      if (length < 0 || offset + length > body.length)
        throw new EnvelopeParseError('item length past the end');
      payload = body.subarray(offset, offset + length);
      offset += length;
      if (body[offset] === NEWLINE) offset += 1;
    } else {
      const payloadEnd = body.indexOf(NEWLINE, offset);
      const end = payloadEnd === -1 ? body.length : payloadEnd;
      payload = body.subarray(offset, end);
      offset = end + 1;
    }
    items.push({
      header: itemHeader as EnvelopeItem['header'],
      payload: Buffer.from(payload),
      json: tryJson(payload),
    });
  }
  return { header: header as Envelope['header'], items };
}
