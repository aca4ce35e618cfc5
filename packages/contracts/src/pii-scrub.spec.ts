import { describe, expect, it } from 'vitest';
import { FILTERED, scrubBreadcrumbData, scrubEvent, scrubText, scrubUrl } from './pii-scrub.js';

describe('scrubText', () => {
  it('replaces TCKNs, 11-digit phone numbers, Turkish IBANs and e-mail addresses', () => {
    expect(scrubText('tckn 10000000146 failed')).toBe('tckn [TCKN] failed');
    expect(scrubText('call 05321234567')).toBe('call [TCKN]');
    expect(scrubText('IBAN TR33 0006 1005 1978 6457 8413 26 and TR330006100519786457841326')).toBe(
      'IBAN [IBAN] and [IBAN]',
    );
    expect(scrubText('duplicate key ayse.yilmaz+test@example.com.tr')).toBe('duplicate key [email]');
  });

  it('leaves other numbers, ids and DSN-like URLs alone', () => {
    expect(scrubText('order 1234567890 and 123456789012 at 1732550000000')).toBe(
      'order 1234567890 and 123456789012 at 1732550000000',
    );
    expect(scrubText('trace 9ec79c33ec9942ab8353589fcb2e04dc')).toBe(
      'trace 9ec79c33ec9942ab8353589fcb2e04dc',
    );
    expect(scrubText('http://abc@127.0.0.1:9000/1')).toBe('http://abc@127.0.0.1:9000/1');
  });
});

describe('scrubUrl', () => {
  it('filters sensitive query parameters and drops the fragment', () => {
    expect(scrubUrl('/v1/auth/reset?token=abc&lang=tr&signature=s1#x')).toBe(
      `/v1/auth/reset?token=${FILTERED}&lang=tr&signature=${FILTERED}`,
    );
    expect(scrubUrl('https://tarodan.com/x?Password=p&q=tren')).toBe(
      `https://tarodan.com/x?Password=${FILTERED}&q=tren`,
    );
    expect(scrubUrl('/ara?q=ayse@example.com')).toBe('/ara?q=[email]');
  });
});

describe('scrubEvent', () => {
  it('removes personal data from request, user, messages, extra, tags, contexts and breadcrumbs', () => {
    const event = scrubEvent({
      message: 'user ayse@example.com tckn 10000000146',
      exception: { values: [{ type: 'Error', value: 'IBAN TR330006100519786457841326 rejected' }] },
      request: {
        url: 'http://localhost/v1/orders?token=secret-token&page=2',
        method: 'POST',
        query_string: 'token=secret-token&page=2',
        cookies: { tarodan_session: 'abc' },
        headers: {
          Authorization: 'Bearer eyJ',
          cookie: 'tarodan_session=abc',
          'x-forwarded-for': '10.0.0.1',
          'user-agent': 'vitest',
        },
        data: { email: 'ayse@example.com', password: 'hunter2', note: 'tc 10000000146', items: [{ qty: 1 }] },
        env: { REMOTE_ADDR: '10.0.0.1' },
      },
      user: { id: 'u_1', email: 'ayse@example.com', ip_address: '10.0.0.1', username: 'ayse' },
      extra: {
        tckn: '10000000146',
        nested: { iban: 'TR33...', text: 'mail me at a@b.co' },
        phone: 5321234567,
      },
      tags: { requestId: 'req-1' },
      contexts: {
        runtime: { name: 'node', version: 'v20.20.0' },
        order: { buyerEmail: 'x@y.com', total: 10 },
      },
      breadcrumbs: [
        {
          category: 'http',
          data: { url: 'http://api/x?signature=abc', 'url.query': 'signature=abc&a=1', method: 'GET' },
        },
        { category: 'console', message: 'login 10000000146' },
      ],
    });
    expect(event.message).toBe('user [email] tckn [TCKN]');
    expect(event.exception.values[0]?.value).toBe('IBAN [IBAN] rejected');
    expect(event.request).toEqual({
      url: `http://localhost/v1/orders?token=${FILTERED}&page=2`,
      method: 'POST',
      query_string: `token=${FILTERED}&page=2`,
      headers: { 'user-agent': 'vitest' },
      data: { email: FILTERED, password: FILTERED, note: 'tc [TCKN]', items: [{ qty: 1 }] },
    });
    expect(event.user).toEqual({ id: 'u_1' });
    expect(event.extra).toEqual({
      tckn: FILTERED,
      nested: { iban: FILTERED, text: 'mail me at [email]' },
      phone: FILTERED,
    });
    expect(event.tags).toEqual({ requestId: 'req-1' });
    expect(event.contexts).toEqual({
      runtime: { name: 'node', version: 'v20.20.0' },
      order: { buyerEmail: FILTERED, total: 10 },
    });
    expect(event.breadcrumbs).toEqual([
      {
        category: 'http',
        data: {
          url: `http://api/x?signature=${FILTERED}`,
          'url.query': `signature=${FILTERED}&a=1`,
          method: 'GET',
        },
      },
      { category: 'console', message: 'login [TCKN]' },
    ]);
    const json = JSON.stringify(event);
    for (const leak of ['ayse@example.com', '10000000146', 'hunter2', 'eyJ', 'tarodan_session', '10.0.0.1']) {
      expect(json).not.toContain(leak);
    }
  });

  it('drops a user without an id, handles query strings as pairs, and scrubs single breadcrumbs', () => {
    const event = scrubEvent({
      user: { ip_address: '{{auto}}' },
      request: {
        query_string: [
          ['password', 'p'],
          ['q', 'tren'],
        ],
      },
    });
    expect(event).toEqual({
      request: {
        query_string: [
          ['password', FILTERED],
          ['q', 'tren'],
        ],
      },
    });
    expect(scrubBreadcrumbData({ data: { to: '/reset?token=t' } })).toEqual({
      data: { to: `/reset?token=${FILTERED}` },
    });
  });
});
