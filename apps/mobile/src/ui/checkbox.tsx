import type { ReactNode } from 'react';
import { Pressable, StyleSheet, Text, View } from 'react-native';
import { colors, fontSizes, minTouchTarget, radii, spacing } from '@/theme/tokens';
import { Icon } from './icon';

type Props = {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
  /** Beneath the label: e.g. a link to the text being accepted. */
  children?: ReactNode;
  testID?: string;
};

export function Checkbox({ label, checked, onChange, error, children, testID }: Props) {
  return (
    <View style={styles.container}>
      <Pressable
        accessibilityRole="checkbox"
        accessibilityLabel={label}
        accessibilityState={{ checked }}
        accessibilityHint={error}
        onPress={() => onChange(!checked)}
        style={styles.row}
        testID={testID}
      >
        <View style={[styles.box, checked && styles.checked, !!error && !checked && styles.invalid]}>
          {checked ? <Icon name="check-bold" size={16} color={colors.onAccent} /> : null}
        </View>
        <Text style={styles.label}>{label}</Text>
      </Pressable>
      {children ? <View style={styles.extra}>{children}</View> : null}
      {error ? (
        <Text style={styles.error} accessibilityLiveRegion="polite">
          {error}
        </Text>
      ) : null}
    </View>
  );
}

const box = 22;

const styles = StyleSheet.create({
  container: { gap: spacing.xxs },
  row: { minHeight: minTouchTarget - 8, flexDirection: 'row', alignItems: 'center', gap: spacing.md },
  box: {
    width: box,
    height: box,
    borderRadius: radii.sm / 2 + 1,
    borderWidth: 2,
    borderColor: colors.textSubtle,
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: colors.surface,
  },
  checked: { backgroundColor: colors.accentStrong, borderColor: colors.accentStrong },
  invalid: { borderColor: colors.danger },
  label: { flex: 1, fontSize: fontSizes.small, lineHeight: 20, color: colors.text },
  extra: { marginLeft: box + spacing.md },
  error: { marginLeft: box + spacing.md, fontSize: fontSizes.caption + 1, color: colors.danger },
});
