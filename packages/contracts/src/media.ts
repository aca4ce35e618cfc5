import { z } from 'zod';

export const mediaKinds = ['listing-photo', 'avatar'] as const;
export type MediaKind = (typeof mediaKinds)[number];
export const mediaStatuses = ['pending', 'ready', 'failed'] as const;
export type MediaStatus = (typeof mediaStatuses)[number];
export const mediaVariantFormats = ['avif', 'webp', 'jpeg'] as const;

export const mediaImageVariantSchema = z.object({
  /** The box the image was fitted in; also the file name (`640.avif`). */
  size: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  format: z.enum(mediaVariantFormats),
  /** Public and immutable: `cache-control: public, max-age=31536000, immutable`. */
  url: z.string(),
  bytes: z.number().int(),
});
export type MediaImageVariant = z.infer<typeof mediaImageVariantSchema>;

/** What to show until the variants exist (and while they load): a blurhash and a flat colour. */
export const mediaImagePlaceholderSchema = z.object({
  blurhash: z.string(),
  /** `#rrggbb` */
  dominantColor: z.string(),
});

/** An image anyone may see: only ready images have URLs. */
export const publicMediaImageSchema = z.object({
  id: z.uuid(),
  status: z.enum(mediaStatuses),
  /** After auto-orientation; null until processed. */
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  placeholder: mediaImagePlaceholderSchema.nullable(),
  /** A JPEG for `<img src>` (640 px or the largest below it); null until ready. */
  src: z.string().nullable(),
  /** Every variant for `srcset`/`<picture>`, smallest first; null until ready. */
  variants: z.array(mediaImageVariantSchema).nullable(),
});
export type PublicMediaImage = z.infer<typeof publicMediaImageSchema>;

/** The owner's view: also the kind, timestamps and why processing failed. */
export const mediaImageSchema = publicMediaImageSchema.extend({
  kind: z.enum(mediaKinds),
  /** Turkish first, then English; only when `status` is `failed`. */
  failureReason: z.string().nullable(),
  createdAt: z.string(),
  processedAt: z.string().nullable(),
});
export type MediaImage = z.infer<typeof mediaImageSchema>;
export const mediaImageResponseSchema = z.object({ image: mediaImageSchema });

/** POST /v1/media/images?kind=listing-photo (avatars go through PUT /v1/account/avatar). */
export const uploadImageQuerySchema = z.object({
  kind: z
    .enum(['listing-photo'], {
      message: 'must be listing-photo (avatars are uploaded with PUT /v1/account/avatar)',
    })
    .default('listing-photo'),
});

export const mediaImageParamsSchema = z.object({ id: z.uuid({ message: 'must be an image id' }) });

/** GET /v1/media/v/:assetId/:file, e.g. `640.avif`. */
export const variantFileParamsSchema = z.object({
  assetId: z.uuid({ message: 'must be an image id' }),
  file: z.string().regex(/^\d{1,5}\.(avif|webp|jpg)$/, 'must be a variant file name such as 640.avif'),
});
