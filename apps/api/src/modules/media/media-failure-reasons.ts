/** Why an image could not be processed, as its owner reads it: Turkish first, then English. */
export const MEDIA_FAILURE_REASONS = {
  corrupt:
    'Görsel işlenemedi: dosya bozuk veya eksik. Lütfen fotoğrafı yeniden yükleyin. / Image could not be processed: the file is corrupt or incomplete. Please upload the photo again.',
  missingOriginal:
    'Görsel işlenemedi: yüklenen dosya bulunamadı. Lütfen fotoğrafı yeniden yükleyin. / Image could not be processed: the uploaded file was not found. Please upload the photo again.',
  gaveUp:
    'Görsel işlenemedi: geçici bir sorun oluştu. Lütfen fotoğrafı yeniden yükleyin. / Image could not be processed: a temporary problem occurred. Please upload the photo again.',
} as const;

export type MediaFailure = keyof typeof MEDIA_FAILURE_REASONS;
