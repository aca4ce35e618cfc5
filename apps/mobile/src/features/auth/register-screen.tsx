import { useRouter } from 'expo-router';
import { StyleSheet, Text, View } from 'react-native';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontSizes, spacing } from '@/theme/tokens';
import { Button } from '@/ui/button';
import { FormScreen } from '@/ui/form-screen';
import { LinkButton } from '@/ui/link-button';
import { Notice } from '@/ui/notice';
import { ScreenTitle } from '@/ui/screen-title';
import { TextField } from '@/ui/text-field';
import { LegalConsents } from './legal-consents';
import { useRegister } from './use-register';

export function RegisterScreen() {
  const { t } = useI18n();
  const router = useRouter();
  const form = useRegister((email) => router.replace({ pathname: '/check-email', params: { email } }));
  const { values, fieldErrors: errors } = form;

  return (
    <FormScreen testID="register-screen">
      <ScreenTitle title={t('register.heading')} subtitle={t('register.intro')} />

      <TextField
        label={t('field.displayName')}
        value={values.displayName}
        onChangeText={(value) => form.set('displayName', value)}
        error={errors.displayName}
        autoComplete="name"
        textContentType="nickname"
        autoCapitalize="words"
        maxLength={60}
      />
      <TextField
        label={t('field.email')}
        value={values.email}
        onChangeText={(value) => form.set('email', value)}
        error={errors.email}
        keyboardType="email-address"
        autoCapitalize="none"
        autoComplete="email"
        textContentType="emailAddress"
      />
      <TextField
        label={t('field.password')}
        value={values.password}
        onChangeText={(value) => form.set('password', value)}
        error={errors.password}
        hint={t('register.passwordHint')}
        secret
        autoCapitalize="none"
        autoComplete="new-password"
        textContentType="newPassword"
      />
      <TextField
        label={t('field.mobile')}
        value={values.mobile}
        onChangeText={(value) => form.set('mobile', value)}
        error={errors.mobile}
        hint={t('register.mobileHint')}
        keyboardType="phone-pad"
        autoComplete="tel"
        textContentType="telephoneNumber"
      />

      <LegalConsents values={values} errors={errors} onChange={form.set} />

      {form.formError ? <Notice tone="danger" message={form.formError} testID="form-error" /> : null}
      <Button
        label={t('register.submit')}
        icon="account-plus-outline"
        busy={form.busy}
        onPress={form.submit}
      />

      <View style={styles.switch}>
        <Text style={styles.switchText}>{t('register.haveAccount')}</Text>
        <LinkButton label={t('register.toSignIn')} onPress={() => router.replace('/sign-in')} />
      </View>
    </FormScreen>
  );
}

const styles = StyleSheet.create({
  switch: { flexDirection: 'row', alignItems: 'center', justifyContent: 'center', gap: spacing.sm },
  switchText: { fontSize: fontSizes.small, color: colors.textMuted },
});
