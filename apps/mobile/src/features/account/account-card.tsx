import type { Account } from '@tarodan/contracts';
import { StyleSheet, Text, View } from 'react-native';
import { formatMonthYear } from '@/i18n/format-date';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontSizes, fontWeights, radii, spacing } from '@/theme/tokens';
import { Avatar } from '@/ui/avatar';
import { Card } from '@/ui/card';
import { Icon } from '@/ui/icon';

/** Who is signed in: picture, name, city, bio, e-mail (verified or not) and since when they are a member. */
export function AccountCard({ account }: { account: Account }) {
  const { t, locale } = useI18n();
  return (
    <Card style={styles.card} testID="account-card">
      <View style={styles.header}>
        <Avatar name={account.displayName} url={account.avatarUrl} />
        <View style={styles.identity}>
          <Text style={styles.name} accessibilityRole="header">
            {account.displayName}
          </Text>
          {account.city ? (
            <View style={styles.line}>
              <Icon name="map-marker-outline" size={16} color={colors.textMuted} />
              <Text style={styles.muted}>{account.city}</Text>
            </View>
          ) : null}
          <Text style={styles.muted}>
            {t('profile.memberSince', { date: formatMonthYear(account.createdAt, locale) })}
          </Text>
        </View>
      </View>

      {account.bio ? <Text style={styles.bio}>{account.bio}</Text> : null}

      <View style={styles.emailRow}>
        <Icon name="email-outline" size={18} color={colors.textMuted} />
        <Text style={styles.email} numberOfLines={1}>
          {account.email}
        </Text>
        <VerifiedBadge verified={account.emailVerified} />
      </View>
    </Card>
  );
}

function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useI18n();
  return (
    <View style={[styles.badge, verified ? styles.verified : styles.unverified]}>
      <Icon
        name={verified ? 'check-decagram' : 'alert-circle-outline'}
        size={14}
        color={verified ? colors.success : colors.danger}
      />
      <Text style={[styles.badgeText, { color: verified ? colors.success : colors.danger }]}>
        {verified ? t('profile.emailVerified') : t('profile.emailUnverified')}
      </Text>
    </View>
  );
}

const styles = StyleSheet.create({
  card: { gap: spacing.md },
  header: { flexDirection: 'row', alignItems: 'center', gap: spacing.lg },
  identity: { flex: 1, gap: spacing.xs },
  name: { fontSize: fontSizes.title, fontWeight: fontWeights.bold, color: colors.text },
  line: { flexDirection: 'row', alignItems: 'center', gap: spacing.xs },
  muted: { fontSize: fontSizes.small, color: colors.textMuted },
  bio: { fontSize: fontSizes.body - 1, lineHeight: 22, color: colors.text },
  emailRow: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: spacing.sm,
    paddingTop: spacing.md,
    borderTopWidth: StyleSheet.hairlineWidth,
    borderTopColor: colors.border,
  },
  email: { flex: 1, fontSize: fontSizes.small, color: colors.text },
  badge: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: spacing.xxs + 1,
    paddingHorizontal: spacing.sm,
    paddingVertical: spacing.xxs + 1,
    borderRadius: radii.pill,
  },
  verified: { backgroundColor: colors.successSoft },
  unverified: { backgroundColor: colors.dangerSoft },
  badgeText: { fontSize: fontSizes.caption, fontWeight: fontWeights.semibold },
});
