import { StyleSheet, Text, View } from 'react-native';
import { useI18n } from '@/i18n/i18n-provider';
import type { MessageKey } from '@/i18n/tr';
import { colors, fontSizes, radii, spacing } from '@/theme/tokens';
import { Button } from '@/ui/button';
import { pushMessageKey, usePushRegistration } from './use-push-registration';

type Props = { label: MessageKey; variant?: 'primary' | 'secondary' };

/** A button that asks for notification permission, and the answer in words beneath it. */
export function PushPrompt({ label, variant = 'primary' }: Props) {
  const { t } = useI18n();
  const { state, enable } = usePushRegistration();
  const messageKey = pushMessageKey(state);
  const ok = state.status === 'done' && state.result.status === 'granted';

  return (
    <View style={styles.container}>
      <Button
        label={t(label)}
        icon="bell-ring-outline"
        variant={variant}
        busy={state.status === 'working'}
        disabled={ok}
        onPress={enable}
        testID="enable-push"
      />
      {messageKey && state.status !== 'working' ? (
        <Text
          style={[styles.message, ok ? styles.ok : styles.notice]}
          accessibilityLiveRegion="polite"
          accessibilityRole="text"
        >
          {t(messageKey)}
        </Text>
      ) : null}
    </View>
  );
}

const styles = StyleSheet.create({
  container: { gap: spacing.sm, alignSelf: 'stretch' },
  message: {
    fontSize: fontSizes.small,
    lineHeight: 20,
    paddingHorizontal: spacing.md,
    paddingVertical: spacing.sm,
    borderRadius: radii.sm,
    overflow: 'hidden',
  },
  ok: { color: colors.success, backgroundColor: colors.successSoft },
  notice: { color: colors.textMuted, backgroundColor: colors.surfaceMuted },
});
