import { type Account, updateProfileRequestSchema } from '@tarodan/contracts';
import { useState } from 'react';
import { updateProfile } from '@/api/account-api';
import { useSession } from '@/features/auth/session-provider';
import { fieldErrorsFrom, issuesOf } from '@/forms/form-failure';
import { useFormSubmit } from '@/forms/use-form-submit';
import { useI18n } from '@/i18n/i18n-provider';
import { Button } from '@/ui/button';
import { Notice } from '@/ui/notice';
import { TextField } from '@/ui/text-field';

const fields = ['displayName', 'city', 'bio', 'mobile'] as const;
type Field = (typeof fields)[number];

type Props = { account: Account; onSaved: (account: Account) => void };

/** Display name, city, bio and mobile number; saved with PATCH /v1/account/profile. */
export function ProfileForm({ account, onSaved }: Props) {
  const { t, locale } = useI18n();
  const { session } = useSession();
  const form = useFormSubmit(fields);
  const [saved, setSaved] = useState(false);
  const [values, setValues] = useState<Record<Field, string>>({
    displayName: account.displayName,
    city: account.city ?? '',
    bio: account.bio ?? '',
    mobile: account.mobile ? nationalMobile(account.mobile) : '',
  });

  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setSaved(false);
    form.clearField(field);
  };

  const submit = async () => {
    setSaved(false);
    const checked = updateProfileRequestSchema.safeParse({
      ...values,
      mobile: values.mobile.trim() === '' ? null : values.mobile,
    });
    if (!checked.success) {
      form.reject(fieldErrorsFrom(issuesOf(checked.error), fields, t).fieldErrors, t('errors.checkFields'));
      return;
    }
    await form.submit(async () => {
      const updated = await session.authorized((token) => updateProfile({ token, locale }, checked.data));
      onSaved(updated);
      setSaved(true);
    });
  };

  return (
    <>
      <TextField
        label={t('field.displayName')}
        value={values.displayName}
        onChangeText={change('displayName')}
        error={form.fieldErrors.displayName}
        autoCapitalize="words"
        maxLength={60}
      />
      <TextField
        label={t('field.city')}
        value={values.city}
        onChangeText={change('city')}
        error={form.fieldErrors.city}
        hint={t('editProfile.cityHint')}
        autoCapitalize="words"
        maxLength={60}
      />
      <TextField
        label={t('field.bio')}
        value={values.bio}
        onChangeText={change('bio')}
        error={form.fieldErrors.bio}
        hint={t('editProfile.bioHint')}
        multiline
        maxLength={500}
      />
      <TextField
        label={t('field.mobile')}
        value={values.mobile}
        onChangeText={change('mobile')}
        error={form.fieldErrors.mobile}
        hint={t('editProfile.mobileHint')}
        keyboardType="phone-pad"
        autoComplete="tel"
      />
      {form.formError ? <Notice tone="danger" message={form.formError} testID="form-error" /> : null}
      {saved ? <Notice tone="success" message={t('editProfile.saved')} /> : null}
      <Button label={t('common.save')} icon="content-save-outline" busy={form.busy} onPress={submit} />
    </>
  );
}

/** "+905321234567" (as stored) → "0532 123 45 67" (as people write it). */
export function nationalMobile(e164: string): string {
  const match = /^\+90(5\d{2})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return match ? `0${match[1]} ${match[2]} ${match[3]} ${match[4]}` : e164;
}
