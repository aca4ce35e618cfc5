import { strToU8, type Zippable, zipSync } from 'fflate';
import { type CsvColumn, toCsv } from './csv.util.js';
import type { MemberDataExport } from './member-data.mapper.js';

export type ExportedAvatar = { body: Uint8Array; contentType: string };

type Row<K extends keyof MemberDataExport> = MemberDataExport[K] extends (infer R)[] ? R : never;

const README = `TARODAN — kişisel verilerinizin kopyası / a copy of your personal data

data.json: tüm veriler, tek dosyada (makinece okunur).
*.csv: her tablo ayrı bir dosyada; Excel ile açılabilir (UTF-8). "=", "+", "-" veya "@" ile başlayan metinlerin
önüne, tablo programı formül sanmasın diye tek tırnak (') eklenmiştir; data.json değerleri olduğu gibi içerir.
avatar.*: profil fotoğrafınız (varsa).

data.json: all of your data in one machine-readable file.
*.csv: one file per table, for Excel (UTF-8). Text starting with "=", "+", "-" or "@" has a leading single quote (')
so spreadsheets do not run it as a formula; data.json holds the exact values.
avatar.*: your profile photo, if you have one.
`;

function columns<T>(...names: (keyof T & string)[]): CsvColumn<T>[] {
  return names.map((name) => ({ header: name, value: (row: T) => row[name] }));
}

/**
 * The archive a member downloads: `data.json`, one CSV per table (UTF-8 with BOM, RFC 4180), the avatar and a short
 * bilingual README. Every entry carries `exportedAt` as its modification time.
 */
export function buildDataExportArchive(
  data: MemberDataExport,
  avatar: ExportedAvatar | null,
  exportedAt: Date,
): Uint8Array {
  const document = { format: 'tarodan-data-export/1', exportedAt: exportedAt.toISOString(), ...data };
  const seller = data.sellerProfile ? [data.sellerProfile] : [];
  const files: Zippable = {
    'BENIOKU-README.txt': strToU8(README),
    'data.json': strToU8(`${JSON.stringify(document, null, 2)}\n`),
    'user.csv': strToU8(toCsv(columns<MemberDataExport['user']>(...keysOf(data.user)), [data.user])),
    'consents.csv': strToU8(
      toCsv(
        columns<Row<'consents'>>('kind', 'version', 'granted', 'ip', 'userAgent', 'createdAt'),
        data.consents,
      ),
    ),
    'seller-profile.csv': strToU8(
      toCsv(
        columns<NonNullable<MemberDataExport['sellerProfile']>>(
          'type',
          'status',
          'storeName',
          'contactName',
          'contactSurname',
          'legalCompanyTitle',
          'taxOffice',
          'identityNumber',
          'taxNumber',
          'iban',
          'address',
          'city',
          'phone',
          'providerError',
          'createdAt',
          'updatedAt',
        ),
        seller,
      ),
    ),
    'account-tokens.csv': strToU8(
      toCsv(columns<Row<'accountTokens'>>('purpose', 'createdAt', 'expiresAt', 'usedAt'), data.accountTokens),
    ),
    'audit-log.csv': strToU8(
      toCsv(columns<Row<'auditLog'>>('action', 'actorRole', 'before', 'after', 'createdAt'), data.auditLog),
    ),
    'data-exports.csv': strToU8(
      toCsv(
        columns<Row<'dataExports'>>('id', 'status', 'requestedAt', 'completedAt', 'expiresAt'),
        data.dataExports,
      ),
    ),
    'listings.csv': strToU8(
      toCsv(
        columns<Row<'listings'>>(
          'id',
          'status',
          'title',
          'description',
          'priceKurus',
          'attributes',
          'rejectionReason',
          'createdAt',
          'updatedAt',
        ),
        data.listings,
      ),
    ),
    'favorites.csv': strToU8(
      toCsv(columns<Row<'favorites'>>('listingId', 'title', 'createdAt'), data.favorites),
    ),
  };
  // Images are already compressed: store them as they are.
  if (avatar) files[`avatar.${avatarExtension(avatar.contentType)}`] = [avatar.body, { level: 0 }];
  return zipSync(files, { level: 6, mtime: exportedAt });
}

export function avatarExtension(contentType: string): string {
  switch (contentType.split(';')[0]?.trim().toLowerCase()) {
    case 'image/jpeg':
      return 'jpg';
    case 'image/png':
      return 'png';
    case 'image/webp':
      return 'webp';
    case 'image/avif':
      return 'avif';
    default:
      return 'bin';
  }
}

function keysOf<T extends object>(value: T): (keyof T & string)[] {
  return Object.keys(value) as (keyof T & string)[];
}
