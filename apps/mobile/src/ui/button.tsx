import { ActivityIndicator, Pressable, StyleSheet, Text, View } from 'react-native';
import { colors, fontSizes, fontWeights, minTouchTarget, radii, spacing } from '@/theme/tokens';
import { Icon, type IconName } from './icon';

type Props = {
  label: string;
  onPress: () => void;
  variant?: 'primary' | 'secondary';
  icon?: IconName;
  disabled?: boolean;
  busy?: boolean;
  testID?: string;
};

export function Button({ label, onPress, variant = 'primary', icon, disabled, busy, testID }: Props) {
  const primary = variant === 'primary';
  const foreground = disabled ? colors.textSubtle : primary ? colors.onAccent : colors.accentStrong;
  const inactive = disabled || busy;
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={label}
      accessibilityState={{ disabled: !!inactive, busy: !!busy }}
      disabled={inactive}
      onPress={onPress}
      testID={testID}
      style={({ pressed }) => [
        styles.base,
        primary ? styles.primary : styles.secondary,
        pressed && (primary ? styles.primaryPressed : styles.secondaryPressed),
        busy && styles.busy,
        disabled && styles.disabled,
      ]}
    >
      <View style={styles.content}>
        {busy ? (
          <ActivityIndicator color={foreground} size="small" />
        ) : icon ? (
          <Icon name={icon} size={20} color={foreground} />
        ) : null}
        <Text style={[styles.label, { color: foreground }]}>{label}</Text>
      </View>
    </Pressable>
  );
}

const styles = StyleSheet.create({
  base: {
    minHeight: minTouchTarget,
    borderRadius: radii.card,
    paddingHorizontal: spacing.xl,
    justifyContent: 'center',
    alignItems: 'center',
  },
  primary: { backgroundColor: colors.accentStrong },
  primaryPressed: { backgroundColor: colors.accentPressed },
  secondary: { backgroundColor: colors.surface, borderWidth: 1.5, borderColor: colors.accentStrong },
  secondaryPressed: { backgroundColor: colors.accentSoft },
  busy: { opacity: 0.8 },
  disabled: { backgroundColor: colors.surfaceMuted, borderWidth: 1, borderColor: colors.border },
  content: { flexDirection: 'row', alignItems: 'center', gap: spacing.sm },
  label: { fontSize: fontSizes.body, fontWeight: fontWeights.bold },
});
