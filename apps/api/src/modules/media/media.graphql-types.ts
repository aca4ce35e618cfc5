import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { MediaKind, MediaStatus } from '@tarodan/contracts';

export const MediaStatusEnum = { pending: 'pending', ready: 'ready', failed: 'failed' } as const;
registerEnumType(MediaStatusEnum, {
  name: 'MediaStatus',
  description:
    'pending: being processed (show the placeholder); ready: variants exist; failed: see failureReason',
});

@ObjectType('MediaImagePlaceholder', { description: 'What to show until the image loads' })
export class MediaImagePlaceholderType {
  @Field() blurhash: string;
  @Field({ description: '`#rrggbb`' }) dominantColor: string;
}

@ObjectType('MediaImageVariant', { description: 'A public, immutable resized copy' })
export class MediaImageVariantType {
  @Field(() => Int, { description: 'The box the image was fitted in' }) size: number;
  @Field(() => Int) width: number;
  @Field(() => Int) height: number;
  @Field({ description: 'avif, webp or jpeg' }) format: string;
  @Field() url: string;
  @Field(() => Int) bytes: number;
}

@ObjectType('MediaImage', { description: 'An uploaded image, as its owner sees it' })
export class MediaImageType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'listing-photo or avatar' }) kind: MediaKind;
  @Field(() => MediaStatusEnum) status: MediaStatus;
  @Field(() => String, { nullable: true, description: 'Turkish first, then English; when failed' })
  failureReason: string | null;
  @Field(() => Int, { nullable: true }) width: number | null;
  @Field(() => Int, { nullable: true }) height: number | null;
  @Field(() => MediaImagePlaceholderType, { nullable: true }) placeholder: MediaImagePlaceholderType | null;
  @Field(() => String, { nullable: true, description: 'A JPEG for <img src>; null until ready' })
  src: string | null;
  @Field(() => [MediaImageVariantType], { nullable: true, description: 'Null until ready' })
  variants: MediaImageVariantType[] | null;
  @Field() createdAt: string;
  @Field(() => String, { nullable: true }) processedAt: string | null;
}
