import { describe, expect, it } from 'vitest';
import { AVATAR_SIZES, LISTING_PHOTO_SIZES, planVariantSizes, variantKey } from './variant-plan.js';

describe('planVariantSizes', () => {
  it('renders every size for a photo larger than the largest box', () => {
    expect(planVariantSizes(2725, LISTING_PHOTO_SIZES)).toEqual([320, 640, 1280, 2048]);
    expect(planVariantSizes(2048, LISTING_PHOTO_SIZES)).toEqual([320, 640, 1280, 2048]);
  });

  it('never renders a variant larger than the original', () => {
    expect(planVariantSizes(1280, LISTING_PHOTO_SIZES)).toEqual([320, 640, 1280]);
    expect(planVariantSizes(700, LISTING_PHOTO_SIZES)).toEqual([320, 640]);
  });

  it('adds the original size when it lies well between two steps', () => {
    expect(planVariantSizes(1000, LISTING_PHOTO_SIZES)).toEqual([320, 640, 1000]);
    expect(planVariantSizes(1800, LISTING_PHOTO_SIZES)).toEqual([320, 640, 1280, 1800]);
  });

  it('renders one variant at the original size when the original is smaller than every box', () => {
    expect(planVariantSizes(250, LISTING_PHOTO_SIZES)).toEqual([250]);
    expect(planVariantSizes(96, AVATAR_SIZES)).toEqual([96]);
  });

  it('plans square avatar crops from the shorter side', () => {
    expect(planVariantSizes(600, AVATAR_SIZES)).toEqual([128, 256, 512]);
    expect(planVariantSizes(300, AVATAR_SIZES)).toEqual([128, 256]);
    expect(planVariantSizes(400, AVATAR_SIZES)).toEqual([128, 256, 400]);
  });

  it('refuses sizes that are not positive whole numbers', () => {
    expect(() => planVariantSizes(0, LISTING_PHOTO_SIZES)).toThrow(RangeError);
    expect(() => planVariantSizes(12.5, LISTING_PHOTO_SIZES)).toThrow(RangeError);
  });
});

describe('variantKey', () => {
  it('names variants by box size and format, with .jpg for JPEG', () => {
    const id = '0b7c1f9e-3a55-4d0e-9a3f-2f4b6c8d9e01';
    expect(variantKey(id, 640, 'avif')).toBe(`variants/${id}/640.avif`);
    expect(variantKey(id, 320, 'jpeg')).toBe(`variants/${id}/320.jpg`);
  });
});
