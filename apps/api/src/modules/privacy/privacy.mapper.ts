import type { DataExport } from '@tarodan/contracts';
import type { DataExportRow } from './data-export.repository.js';

export function toDataExport(row: DataExportRow, downloadUrl: string | null): DataExport {
  return {
    id: row.id,
    status: row.status,
    requestedAt: row.requestedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    downloadUrl,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}
