import { StyleSheet, Text, View } from 'react-native';
import { colors, fontSizes, fontWeights, radii, spacing } from '@/theme/tokens';
import { Icon, type IconName } from './icon';

type Tone = 'info' | 'danger' | 'success';

type Props = { tone?: Tone; title?: string; message: string; testID?: string };

const icons: Record<Tone, IconName> = {
  info: 'information-outline',
  danger: 'alert-circle-outline',
  success: 'check-circle-outline',
};

/** A message for the whole form or screen: what went wrong, or what just happened. */
export function Notice({ tone = 'info', title, message, testID }: Props) {
  const foreground = tone === 'danger' ? colors.danger : tone === 'success' ? colors.success : colors.text;
  return (
    <View
      style={[styles.container, styles[tone]]}
      accessibilityRole={tone === 'danger' ? 'alert' : 'summary'}
      accessibilityLiveRegion="polite"
      testID={testID}
    >
      <Icon name={icons[tone]} size={20} color={foreground} />
      <View style={styles.texts}>
        {title ? <Text style={[styles.title, { color: foreground }]}>{title}</Text> : null}
        <Text style={[styles.message, { color: foreground }]}>{message}</Text>
      </View>
    </View>
  );
}

const styles = StyleSheet.create({
  container: {
    flexDirection: 'row',
    gap: spacing.sm + 2,
    padding: spacing.md,
    borderRadius: radii.card,
    borderWidth: StyleSheet.hairlineWidth,
  },
  info: { backgroundColor: colors.surfaceMuted, borderColor: colors.border },
  danger: { backgroundColor: colors.dangerSoft, borderColor: '#FECDCA' },
  success: { backgroundColor: colors.successSoft, borderColor: '#ABEFC6' },
  texts: { flex: 1, gap: spacing.xxs },
  title: { fontSize: fontSizes.small, fontWeight: fontWeights.bold },
  message: { fontSize: fontSizes.small, lineHeight: 20 },
});
