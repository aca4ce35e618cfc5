import { useRouter } from 'expo-router';
import { StyleSheet, Text, View } from 'react-native';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontSizes, fontWeights, spacing } from '@/theme/tokens';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { Icon } from '@/ui/icon';

/** Signed out: what an account is good for, and the way in. */
export function GuestCard() {
  const { t } = useI18n();
  const router = useRouter();
  return (
    <Card style={styles.guest} testID="guest-card">
      <View style={styles.avatar}>
        <Icon name="account-outline" size={32} color={colors.accent} />
      </View>
      <Text style={styles.title}>{t('profile.guestTitle')}</Text>
      <Text style={styles.body}>{t('profile.guestBody')}</Text>
      <View style={styles.actions}>
        <Button label={t('profile.signIn')} icon="login" onPress={() => router.push('/sign-in')} />
        <Button
          label={t('profile.register')}
          icon="account-plus-outline"
          variant="secondary"
          onPress={() => router.push('/register')}
        />
      </View>
    </Card>
  );
}

const styles = StyleSheet.create({
  guest: { alignItems: 'center', paddingVertical: spacing.xl },
  avatar: {
    width: 64,
    height: 64,
    borderRadius: 32,
    backgroundColor: colors.accentSoft,
    alignItems: 'center',
    justifyContent: 'center',
    marginBottom: spacing.md,
  },
  title: { fontSize: fontSizes.title - 2, fontWeight: fontWeights.bold, color: colors.text },
  body: {
    marginTop: spacing.xs,
    fontSize: fontSizes.small,
    lineHeight: 20,
    color: colors.textMuted,
    textAlign: 'center',
  },
  actions: { marginTop: spacing.lg, alignSelf: 'stretch', gap: spacing.sm },
});
