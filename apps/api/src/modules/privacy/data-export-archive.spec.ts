import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FieldCipher } from '../../platform/crypto/field-cipher.js';
import { buildDataExportArchive } from './data-export-archive.js';
import { dataExportReadyMail } from './data-export-mail.js';
import { toMemberDataExport } from './member-data.mapper.js';
import type { MemberDataRows } from './member-data.repository.js';

const cipher = new FieldCipher({ keys: { k1: Buffer.alloc(32, 1) }, activeKeyId: 'k1' });
const at = new Date('2026-11-25T10:00:00Z');

function rows(overrides: Partial<MemberDataRows> = {}): MemberDataRows {
  return {
    user: {
      id: '11111111-1111-4111-8111-111111111111',
      email: 'ayse@tarodan.test',
      displayName: 'Ayşe Yılmaz',
      role: 'member',
      status: 'active',
      statusReason: null,
      mobile: '+905551112233',
      city: 'İzmir',
      bio: 'Hot Wheels, "Treasure Hunt" toplarım',
      avatarKey: null,
      emailVerifiedAt: at,
      passwordChangedAt: null,
      mfaEnabledAt: null,
      createdAt: at,
      updatedAt: at,
    },
    consents: [
      {
        kind: 'terms',
        version: '2026-11',
        granted: true,
        ip: '10.0.0.1',
        userAgent: 'Firefox',
        createdAt: at,
      },
    ],
    seller: {
      type: 'PERSONAL',
      status: 'active',
      storeName: 'Ayşe’nin Garajı',
      contactName: 'Ayşe',
      contactSurname: 'Yılmaz',
      legalCompanyTitle: null,
      taxOffice: null,
      identityNumberEncrypted: cipher.encrypt('10000000146', 'seller.identityNumber'),
      taxNumberEncrypted: null,
      ibanEncrypted: cipher.encrypt('TR330006100519786457841326', 'seller.iban'),
      address: 'Alsancak Mah. 1453 Sok. No:5, Konak',
      city: 'İzmir',
      phone: '+905551112233',
      providerError: null,
      createdAt: at,
      updatedAt: at,
    },
    tokens: [{ purpose: 'verify_email', createdAt: at, expiresAt: at, usedAt: at }],
    audit: [
      {
        action: 'user.suspend',
        actorRole: 'admin',
        before: { status: 'active' },
        after: null,
        createdAt: at,
      },
    ],
    exports: [],
    listings: [
      {
        id: '22222222-2222-4222-8222-222222222222',
        status: 'active',
        title: 'Hot Wheels Süper Treasure Hunt',
        description: 'Kartela kapalı',
        priceKurus: 125_000,
        attributes: { scale: '1:64', treasure_hunt: true },
        rejectionReason: null,
        createdAt: at,
        updatedAt: at,
      },
    ],
    favorites: [],
    ...overrides,
  };
}

describe('data export archive', () => {
  it('holds data.json, one CSV per table with a BOM, the README and the avatar', () => {
    const avatar = { body: new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]), contentType: 'image/jpeg' };
    const zip = buildDataExportArchive(toMemberDataExport(rows(), cipher), avatar, at);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      'BENIOKU-README.txt',
      'account-tokens.csv',
      'audit-log.csv',
      'avatar.jpg',
      'consents.csv',
      'data-exports.csv',
      'data.json',
      'favorites.csv',
      'listings.csv',
      'seller-profile.csv',
      'user.csv',
    ]);
    const data = JSON.parse(strFromU8(files['data.json']!));
    expect(data).toMatchObject({
      format: 'tarodan-data-export/1',
      exportedAt: at.toISOString(),
      user: { email: 'ayse@tarodan.test', city: 'İzmir' },
      listings: [{ title: 'Hot Wheels Süper Treasure Hunt', priceKurus: 125_000 }],
      sellerProfile: { identityNumber: '10000000146', iban: 'TR330006100519786457841326', taxNumber: null },
    });
    expect(JSON.stringify(data)).not.toMatch(/Encrypted|passwordHash|mfaSecret|tokenHash|v1\.k1\./);
    for (const name of Object.keys(files).filter((n) => n.endsWith('.csv'))) {
      expect([...files[name]!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    const userCsv = strFromU8(files['user.csv']!);
    expect(userCsv).toContain('"Hot Wheels, ""Treasure Hunt"" toplarım"');
    expect(userCsv).toContain("'+905551112233");
    expect(strFromU8(files['seller-profile.csv']!)).toContain('TR330006100519786457841326');
    expect([...files['avatar.jpg']!]).toEqual([...avatar.body]);
  });

  it('writes a header-only CSV for a member who never became a seller, and no avatar file', () => {
    const files = unzipSync(
      buildDataExportArchive(toMemberDataExport(rows({ seller: null }), cipher), null, at),
    );
    expect(strFromU8(files['seller-profile.csv']!).split('\r\n').filter(Boolean)).toHaveLength(1);
    expect(Object.keys(files).some((n) => n.startsWith('avatar'))).toBe(false);
  });
});

describe('data export ready e-mail', () => {
  const mail = dataExportReadyMail({
    to: 'ayse@tarodan.test',
    displayName: 'Ayşe <b>',
    accountUrl: 'https://tarodan.com/hesabim#veri',
    expiresAt: new Date('2026-12-02T10:00:00Z'),
  });

  it('speaks Turkish first, then English, and links to the account page', () => {
    expect(mail.subject).toBe('Verilerinizin kopyası hazır / Your data export is ready');
    expect(mail.text.indexOf('Merhaba')).toBeLessThan(mail.text.indexOf('Hello'));
    expect(mail.text).toContain('https://tarodan.com/hesabim#veri');
    expect(mail.text).toContain('2 Aralık 2026');
    expect(mail.html).toContain('href="https://tarodan.com/hesabim#veri"');
  });

  it('escapes the member name in the HTML part', () => {
    expect(mail.html).toContain('Ayşe &lt;b&gt;');
    expect(mail.html).not.toContain('Ayşe <b>');
  });
});
