import type { SessionInfo } from '@tarodan/contracts';
import { StyleSheet, Text, View } from 'react-native';
import { formatDateTime } from '@/i18n/format-date';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontSizes, fontWeights, radii, spacing } from '@/theme/tokens';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { Icon, type IconName } from '@/ui/icon';

const clientIcons: Record<SessionInfo['client'], IconName> = {
  mobile: 'cellphone',
  web: 'monitor',
  admin: 'shield-account-outline',
};

type Props = { session: SessionInfo; onRevoke: () => void; revoking: boolean };

/** One signed-in device: what it is, where from, when last used; others can be ended from here. */
export function SessionRow({ session, onRevoke, revoking }: Props) {
  const { t, locale } = useI18n();
  return (
    <Card style={styles.card} testID={`session-${session.id}`}>
      <View style={styles.header}>
        <Icon name={clientIcons[session.client]} size={24} color={colors.textMuted} />
        <View style={styles.texts}>
          <Text style={styles.device}>{session.device}</Text>
          <Text style={styles.muted}>
            {t(`sessions.client.${session.client}`)}
            {session.ip ? ` · ${session.ip}` : ''}
          </Text>
          <Text style={styles.muted}>
            {t('sessions.lastUsed', { date: formatDateTime(session.lastUsedAt, locale) })}
          </Text>
        </View>
        {session.current ? (
          <View style={styles.current}>
            <Text style={styles.currentText}>{t('sessions.current')}</Text>
          </View>
        ) : null}
      </View>
      {session.current ? null : (
        <Button
          label={t('sessions.revoke')}
          icon="logout-variant"
          variant="secondary"
          busy={revoking}
          onPress={onRevoke}
        />
      )}
    </Card>
  );
}

const styles = StyleSheet.create({
  card: { gap: spacing.md },
  header: { flexDirection: 'row', alignItems: 'flex-start', gap: spacing.md },
  texts: { flex: 1, gap: spacing.xxs },
  device: { fontSize: fontSizes.body, fontWeight: fontWeights.semibold, color: colors.text },
  muted: { fontSize: fontSizes.small, color: colors.textMuted },
  current: {
    paddingHorizontal: spacing.sm,
    paddingVertical: spacing.xxs + 1,
    borderRadius: radii.pill,
    backgroundColor: colors.successSoft,
  },
  currentText: { fontSize: fontSizes.caption, fontWeight: fontWeights.semibold, color: colors.success },
});
