import { LocalDiskStorage, type LocalDiskStorageOptions } from './local-disk-storage.adapter.js';
import { S3Storage, type S3StorageOptions } from './s3-storage.adapter.js';
import type { ObjectStorage } from './storage.port.js';

export type CreateObjectStorageOptions =
  | ({ driver: 's3' } & S3StorageOptions)
  | ({ driver: 'local' } & LocalDiskStorageOptions);

export function createObjectStorage(options: CreateObjectStorageOptions): ObjectStorage {
  switch (options.driver) {
    case 's3':
      return new S3Storage(options);
    case 'local':
      return new LocalDiskStorage(options);
  }
}
