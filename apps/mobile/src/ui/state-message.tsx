import type { ReactNode } from 'react';
import { StyleSheet, Text, View } from 'react-native';
import { colors, fontSizes, fontWeights, spacing } from '@/theme/tokens';
import { Icon, type IconName } from './icon';

type Props = {
  icon: IconName;
  title: string;
  body?: string;
  tone?: 'neutral' | 'danger';
  /** The next step: a button, usually. */
  action?: ReactNode;
  testID?: string;
};

/** Empty, error and "coming soon" states: what happened, and what to do next. */
export function StateMessage({ icon, title, body, tone = 'neutral', action, testID }: Props) {
  const danger = tone === 'danger';
  return (
    <View style={styles.container} testID={testID} accessibilityRole={danger ? 'alert' : undefined}>
      <View style={[styles.badge, danger && styles.badgeDanger]}>
        <Icon name={icon} size={32} color={danger ? colors.danger : colors.accent} />
      </View>
      <Text style={styles.title} accessibilityRole="header">
        {title}
      </Text>
      {body ? <Text style={styles.body}>{body}</Text> : null}
      {action ? <View style={styles.action}>{action}</View> : null}
    </View>
  );
}

const styles = StyleSheet.create({
  container: { alignItems: 'center', paddingHorizontal: spacing.xl, paddingVertical: spacing.xxl },
  badge: {
    width: 72,
    height: 72,
    borderRadius: 36,
    backgroundColor: colors.accentSoft,
    alignItems: 'center',
    justifyContent: 'center',
    marginBottom: spacing.lg,
  },
  badgeDanger: { backgroundColor: colors.dangerSoft },
  title: {
    fontSize: fontSizes.title - 2,
    fontWeight: fontWeights.bold,
    color: colors.text,
    textAlign: 'center',
  },
  body: {
    marginTop: spacing.sm,
    fontSize: fontSizes.body - 1,
    lineHeight: 22,
    color: colors.textMuted,
    textAlign: 'center',
    maxWidth: 320,
  },
  action: { marginTop: spacing.xl, alignSelf: 'stretch', alignItems: 'center' },
});
