'use server';

import { updateProfileRequestSchema } from '@tarodan/contracts';
import { revalidatePath } from 'next/cache';
import { deleteAvatar, setMarketingConsent, updateProfile } from '@/lib/account-api';
import { successState, validationState } from '@/lib/action-result';
import { type FormState, readFields } from '@/lib/form-state';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { runMemberAction } from '@/lib/member-action';

const PROFILE_FIELDS = ['displayName', 'city', 'bio', 'mobile'] as const;

export async function updateProfileAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = readFields(form, PROFILE_FIELDS);
  return runMemberAction(form, values, async (token, locale) => {
    const parsed = updateProfileRequestSchema.safeParse({
      displayName: values.displayName,
      city: values.city,
      bio: values.bio,
      mobile: values.mobile.trim() === '' ? null : values.mobile,
    });
    if (!parsed.success) return validationState(parsed.error, locale, values);
    await updateProfile(token, parsed.data);
    revalidatePath('/', 'layout');
    return successState(getAccountMessages(locale).profile.saved);
  });
}

export async function setMarketingAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runMemberAction(form, undefined, async (token, locale) => {
    const optIn = form.get('optIn') === 'true';
    await setMarketingConsent(token, optIn);
    revalidatePath('/', 'layout');
    const t = getAccountMessages(locale).marketing;
    return successState(optIn ? t.savedOn : t.savedOff);
  });
}

export async function deleteAvatarAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runMemberAction(form, undefined, async (token, locale) => {
    await deleteAvatar(token);
    revalidatePath('/', 'layout');
    return successState(getAccountMessages(locale).avatar.removed);
  });
}
