import type { ReactNode } from 'react';
import { StyleSheet, Text, View } from 'react-native';
import { colors, fontSizes, minTouchTarget, spacing } from '@/theme/tokens';
import { Icon, type IconName } from '@/ui/icon';

type Props = { icon: IconName; label: string; children: ReactNode; last?: boolean };

export function SettingsRow({ icon, label, children, last }: Props) {
  return (
    <View style={[styles.row, !last && styles.divider]}>
      <Icon name={icon} size={22} color={colors.textMuted} />
      <Text style={styles.label}>{label}</Text>
      <View style={styles.value}>{children}</View>
    </View>
  );
}

export function SettingsValue({ children }: { children: string }) {
  return (
    <Text style={styles.valueText} numberOfLines={1} selectable>
      {children}
    </Text>
  );
}

const styles = StyleSheet.create({
  row: {
    minHeight: minTouchTarget + 8,
    flexDirection: 'row',
    alignItems: 'center',
    gap: spacing.md,
    paddingVertical: spacing.sm,
  },
  divider: { borderBottomWidth: StyleSheet.hairlineWidth, borderBottomColor: colors.border },
  label: { fontSize: fontSizes.body, color: colors.text },
  value: { flex: 1, alignItems: 'flex-end' },
  valueText: { fontSize: fontSizes.small, color: colors.textMuted },
});
