import { Pressable, StyleSheet, Text } from 'react-native';
import { colors, fontSizes, fontWeights, spacing } from '@/theme/tokens';

type Props = { label: string; onPress: () => void; hint?: string; testID?: string };

/** A button that reads as a link: secondary actions such as "Üye ol" under a form. */
export function LinkButton({ label, onPress, hint, testID }: Props) {
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={label}
      accessibilityHint={hint}
      onPress={onPress}
      hitSlop={8}
      style={({ pressed }) => [styles.base, pressed && styles.pressed]}
      testID={testID}
    >
      <Text style={styles.label}>{label}</Text>
    </Pressable>
  );
}

const styles = StyleSheet.create({
  base: { paddingVertical: spacing.xs, alignSelf: 'flex-start' },
  pressed: { opacity: 0.6 },
  label: {
    fontSize: fontSizes.small,
    fontWeight: fontWeights.bold,
    color: colors.accentStrong,
    textDecorationLine: 'underline',
  },
});
