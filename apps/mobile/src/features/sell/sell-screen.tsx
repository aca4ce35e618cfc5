import { StyleSheet, Text, View } from 'react-native';
import { PushPrompt } from '@/features/notifications/push-prompt';
import { useI18n } from '@/i18n/i18n-provider';
import type { MessageKey } from '@/i18n/tr';
import { colors, fontSizes, fontWeights, spacing } from '@/theme/tokens';
import { Card } from '@/ui/card';
import { Icon, type IconName } from '@/ui/icon';
import { Screen } from '@/ui/screen';
import { ScreenTitle } from '@/ui/screen-title';

const steps: { icon: IconName; title: MessageKey; body: MessageKey }[] = [
  { icon: 'camera-outline', title: 'sell.step1Title', body: 'sell.step1Body' },
  { icon: 'star-check-outline', title: 'sell.step2Title', body: 'sell.step2Body' },
  { icon: 'tag-outline', title: 'sell.step3Title', body: 'sell.step3Body' },
];

export function SellScreen() {
  const { t } = useI18n();
  return (
    <Screen testID="sell-screen">
      <ScreenTitle title={t('sell.title')} subtitle={t('sell.intro')} />

      <View style={styles.steps}>
        {steps.map((step, index) => (
          <Card key={step.title} style={styles.step}>
            <View style={styles.stepNumber}>
              <Text style={styles.stepNumberText}>{index + 1}</Text>
            </View>
            <View style={styles.stepTexts}>
              <View style={styles.stepHeading}>
                <Icon name={step.icon} size={20} color={colors.accent} />
                <Text style={styles.stepTitle}>{t(step.title)}</Text>
              </View>
              <Text style={styles.stepBody}>{t(step.body)}</Text>
            </View>
          </Card>
        ))}
      </View>

      <Card tone="accent" style={styles.escrow}>
        <View style={styles.stepHeading}>
          <Icon name="shield-check-outline" size={22} color={colors.accentStrong} />
          <Text style={styles.escrowTitle}>{t('sell.escrowTitle')}</Text>
        </View>
        <Text style={styles.escrowBody}>{t('sell.escrowBody')}</Text>
      </Card>

      <Text style={styles.note}>{t('sell.comingNote')}</Text>
      <PushPrompt label="sell.notifyMe" />
    </Screen>
  );
}

const styles = StyleSheet.create({
  steps: { gap: spacing.md, marginTop: spacing.sm },
  step: { flexDirection: 'row', gap: spacing.md, alignItems: 'flex-start' },
  stepNumber: {
    width: 28,
    height: 28,
    borderRadius: 14,
    backgroundColor: colors.accent,
    alignItems: 'center',
    justifyContent: 'center',
  },
  stepNumberText: { color: colors.onAccent, fontWeight: fontWeights.heavy, fontSize: fontSizes.small },
  stepTexts: { flex: 1, gap: spacing.xs },
  stepHeading: { flexDirection: 'row', alignItems: 'center', gap: spacing.sm },
  stepTitle: { fontSize: fontSizes.body, fontWeight: fontWeights.bold, color: colors.text },
  stepBody: { fontSize: fontSizes.small, lineHeight: 20, color: colors.textMuted },
  escrow: { marginTop: spacing.lg, gap: spacing.sm },
  escrowTitle: { fontSize: fontSizes.body, fontWeight: fontWeights.bold, color: colors.accentPressed },
  escrowBody: { fontSize: fontSizes.small, lineHeight: 20, color: colors.text },
  note: {
    marginTop: spacing.xl,
    marginBottom: spacing.md,
    fontSize: fontSizes.small,
    lineHeight: 20,
    color: colors.textMuted,
    textAlign: 'center',
  },
});
