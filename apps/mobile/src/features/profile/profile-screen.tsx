import { StyleSheet, Text, View } from 'react-native';
import { getApiUrl, getAppVersion } from '@/config/app-config';
import { PushPrompt } from '@/features/notifications/push-prompt';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontSizes, fontWeights, spacing } from '@/theme/tokens';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { Icon } from '@/ui/icon';
import { Screen } from '@/ui/screen';
import { ScreenTitle } from '@/ui/screen-title';
import { LanguageSwitch } from './language-switch';
import { SettingsRow, SettingsValue } from './settings-row';

export function ProfileScreen() {
  const { t } = useI18n();
  return (
    <Screen testID="profile-screen">
      <ScreenTitle title={t('profile.title')} />

      <Card style={styles.guest}>
        <View style={styles.avatar}>
          <Icon name="account-outline" size={32} color={colors.accent} />
        </View>
        <Text style={styles.guestTitle}>{t('profile.guestTitle')}</Text>
        <Text style={styles.guestBody}>{t('profile.guestBody')}</Text>
        <View style={styles.signIn}>
          <Button label={t('profile.signIn')} icon="login" disabled onPress={() => undefined} />
          <Text style={styles.soon}>{t('profile.signInSoon')}</Text>
        </View>
      </Card>

      <Text style={styles.sectionTitle} accessibilityRole="header">
        {t('profile.settingsTitle')}
      </Text>
      <Card style={styles.list}>
        <SettingsRow icon="translate" label={t('profile.language')} last>
          <LanguageSwitch />
        </SettingsRow>
      </Card>
      <Card style={styles.notifications}>
        <View style={styles.notificationsHeading}>
          <Icon name="bell-outline" size={22} color={colors.textMuted} />
          <Text style={styles.notificationsTitle}>{t('profile.notifications')}</Text>
        </View>
        <Text style={styles.notificationsBody}>{t('inbox.notifyBody')}</Text>
        <PushPrompt label="push.enable" variant="secondary" />
      </Card>

      <Text style={styles.sectionTitle} accessibilityRole="header">
        {t('profile.aboutTitle')}
      </Text>
      <Card style={styles.list}>
        <SettingsRow icon="information-outline" label={t('profile.version')}>
          <SettingsValue>{getAppVersion()}</SettingsValue>
        </SettingsRow>
        <SettingsRow icon="server-network" label={t('profile.server')} last>
          <SettingsValue>{getApiUrl()}</SettingsValue>
        </SettingsRow>
      </Card>
    </Screen>
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
  guestTitle: { fontSize: fontSizes.title - 2, fontWeight: fontWeights.bold, color: colors.text },
  guestBody: {
    marginTop: spacing.xs,
    fontSize: fontSizes.small,
    lineHeight: 20,
    color: colors.textMuted,
    textAlign: 'center',
  },
  signIn: { marginTop: spacing.lg, alignSelf: 'stretch', gap: spacing.sm, alignItems: 'center' },
  soon: { fontSize: fontSizes.caption + 1, color: colors.textMuted },
  list: { paddingVertical: spacing.xs },
  notifications: { marginTop: spacing.md, gap: spacing.sm },
  notificationsHeading: { flexDirection: 'row', alignItems: 'center', gap: spacing.md },
  notificationsTitle: { fontSize: fontSizes.body, color: colors.text },
  notificationsBody: {
    fontSize: fontSizes.small,
    lineHeight: 20,
    color: colors.textMuted,
    marginBottom: spacing.xs,
  },
  sectionTitle: {
    marginTop: spacing.xl,
    marginBottom: spacing.sm,
    fontSize: fontSizes.body,
    fontWeight: fontWeights.bold,
    color: colors.text,
  },
});
