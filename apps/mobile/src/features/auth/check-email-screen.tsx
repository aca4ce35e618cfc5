import { useLocalSearchParams, useRouter } from 'expo-router';
import { useState } from 'react';
import { StyleSheet, Text, View } from 'react-native';
import { resendVerification } from '@/api/auth-api';
import { useFormSubmit } from '@/forms/use-form-submit';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontSizes, spacing } from '@/theme/tokens';
import { Button } from '@/ui/button';
import { FormScreen } from '@/ui/form-screen';
import { Notice } from '@/ui/notice';
import { StateMessage } from '@/ui/state-message';

const noFields = [] as const;

/** After sign-up: the link is on its way; sign in once it has been clicked. */
export function CheckEmailScreen() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { email = '' } = useLocalSearchParams<{ email?: string }>();
  const resend = useFormSubmit(noFields);
  const [resent, setResent] = useState(false);

  const onResend = async () => {
    setResent(false);
    setResent(await resend.submit(() => resendVerification(email, locale)));
  };

  return (
    <FormScreen testID="check-email-screen">
      <StateMessage
        icon="email-check-outline"
        title={t('checkEmail.title')}
        body={t('checkEmail.body', { email })}
        action={
          <Button label={t('checkEmail.toSignIn')} icon="login" onPress={() => router.replace('/sign-in')} />
        }
      />
      <View style={styles.resend}>
        <Text style={styles.spam}>{t('checkEmail.spam')}</Text>
        {email ? (
          <Button
            label={t('checkEmail.resend')}
            icon="email-sync-outline"
            variant="secondary"
            busy={resend.busy}
            onPress={onResend}
          />
        ) : null}
        {resent ? <Notice tone="success" message={t('checkEmail.resent')} /> : null}
        {resend.formError ? <Notice tone="danger" message={resend.formError} /> : null}
      </View>
    </FormScreen>
  );
}

const styles = StyleSheet.create({
  resend: { gap: spacing.md, alignItems: 'stretch' },
  spam: { fontSize: fontSizes.small, color: colors.textMuted, textAlign: 'center', lineHeight: 20 },
});
