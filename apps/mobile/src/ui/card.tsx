import type { ReactNode } from 'react';
import { type StyleProp, StyleSheet, View, type ViewStyle } from 'react-native';
import { colors, radii, spacing } from '@/theme/tokens';

type Props = {
  children: ReactNode;
  tone?: 'plain' | 'muted' | 'accent';
  style?: StyleProp<ViewStyle>;
  testID?: string;
};

export function Card({ children, tone = 'plain', style, testID }: Props) {
  return (
    <View style={[styles.card, styles[tone], style]} testID={testID}>
      {children}
    </View>
  );
}

const styles = StyleSheet.create({
  card: { borderRadius: radii.card, padding: spacing.lg, borderWidth: StyleSheet.hairlineWidth },
  plain: { backgroundColor: colors.surface, borderColor: colors.border },
  muted: { backgroundColor: colors.surfaceMuted, borderColor: colors.border },
  accent: { backgroundColor: colors.accentSoft, borderColor: '#F8D5C8' },
});
