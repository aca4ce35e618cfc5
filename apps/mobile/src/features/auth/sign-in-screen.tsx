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
import { useSession } from './session-provider';
import { useSignIn } from './use-sign-in';

export function SignInScreen() {
  const { t } = useI18n();
  const router = useRouter();
  const { state } = useSession();
  const form = useSignIn(() => (router.canGoBack() ? router.back() : router.replace('/profile')));
  const expired = state.status === 'signed-out' && state.reason === 'expired';

  return (
    <FormScreen testID="sign-in-screen">
      <ScreenTitle title={t('signIn.heading')} subtitle={t('signIn.intro')} />

      {expired ? <Notice message={t('signIn.expired')} /> : null}
      {form.staffAccount ? (
        <Notice title={t('signIn.staffTitle')} message={t('signIn.staffBody')} testID="staff-notice" />
      ) : null}
      {form.formError ? <Notice tone="danger" message={form.formError} testID="form-error" /> : null}
      {form.unverified ? (
        <LinkButton
          label={t('signIn.resendLink')}
          onPress={() =>
            router.push({ pathname: '/check-email', params: { email: form.values.email.trim() } })
          }
        />
      ) : null}

      <TextField
        label={t('field.email')}
        value={form.values.email}
        onChangeText={form.change('email')}
        error={form.fieldErrors.email}
        keyboardType="email-address"
        autoCapitalize="none"
        autoComplete="email"
        textContentType="emailAddress"
        returnKeyType="next"
      />
      <TextField
        label={t('field.password')}
        value={form.values.password}
        onChangeText={form.change('password')}
        error={form.fieldErrors.password}
        secret
        autoCapitalize="none"
        autoComplete="current-password"
        textContentType="password"
        returnKeyType="go"
        onSubmitEditing={form.submit}
      />

      <Button label={t('signIn.submit')} icon="login" busy={form.busy} onPress={form.submit} />

      <View style={styles.switch}>
        <Text style={styles.switchText}>{t('signIn.noAccount')}</Text>
        <LinkButton label={t('signIn.toRegister')} onPress={() => router.replace('/register')} />
      </View>
    </FormScreen>
  );
}

const styles = StyleSheet.create({
  switch: { flexDirection: 'row', alignItems: 'center', justifyContent: 'center', gap: spacing.sm },
  switchText: { fontSize: fontSizes.small, color: colors.textMuted },
});
