import { StyleSheet, Text, View } from 'react-native';
import { colors, fontSizes, fontWeights, spacing } from '@/theme/tokens';

type Props = { title: string; subtitle?: string };

export function ScreenTitle({ title, subtitle }: Props) {
  return (
    <View style={styles.container}>
      <Text style={styles.title} accessibilityRole="header">
        {title}
      </Text>
      {subtitle ? <Text style={styles.subtitle}>{subtitle}</Text> : null}
    </View>
  );
}

const styles = StyleSheet.create({
  container: { paddingTop: spacing.lg, paddingBottom: spacing.md },
  title: {
    fontSize: fontSizes.headline,
    fontWeight: fontWeights.heavy,
    color: colors.text,
    letterSpacing: -0.3,
  },
  subtitle: { marginTop: spacing.xs, fontSize: fontSizes.body - 1, color: colors.textMuted, lineHeight: 21 },
});
