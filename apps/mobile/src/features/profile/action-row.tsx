import { ActivityIndicator, Pressable, StyleSheet, Text } from 'react-native';
import { colors, fontSizes, minTouchTarget, spacing } from '@/theme/tokens';
import { Icon, type IconName } from '@/ui/icon';

type Props = {
  icon: IconName;
  label: string;
  onPress: () => void;
  tone?: 'default' | 'danger';
  busy?: boolean;
  last?: boolean;
};

/** A tappable settings row: opens a screen (chevron) or does something (danger, e.g. sign out). */
export function ActionRow({ icon, label, onPress, tone = 'default', busy, last }: Props) {
  const danger = tone === 'danger';
  const color = danger ? colors.danger : colors.text;
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={label}
      accessibilityState={{ busy: !!busy, disabled: !!busy }}
      disabled={busy}
      onPress={onPress}
      style={({ pressed }) => [styles.row, !last && styles.divider, pressed && styles.pressed]}
    >
      <Icon name={icon} size={22} color={danger ? colors.danger : colors.textMuted} />
      <Text style={[styles.label, { color }]}>{label}</Text>
      {busy ? (
        <ActivityIndicator size="small" color={color} />
      ) : danger ? null : (
        <Icon name="chevron-right" size={22} color={colors.textSubtle} />
      )}
    </Pressable>
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
  pressed: { opacity: 0.6 },
  label: { flex: 1, fontSize: fontSizes.body },
});
