import { StyleSheet, Text, View } from 'react-native';
import { getApiUrl, getAppVersion } from '@/config/app-config';
import { PushPrompt } from '@/features/notifications/push-prompt';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontSizes, fontWeights, spacing } from '@/theme/tokens';
import { Card } from '@/ui/card';
import { Icon } from '@/ui/icon';
import { LanguageSwitch } from './language-switch';
import { SettingsRow, SettingsValue } from './settings-row';

/** Language, notifications, and which version talks to which server: the same signed in or out. */
export function AppSettings() {
  const { t } = useI18n();
  return (
    <>
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
    </>
  );
}

const styles = StyleSheet.create({
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
