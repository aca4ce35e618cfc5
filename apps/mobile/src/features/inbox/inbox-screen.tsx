import { useRouter } from 'expo-router';
import { StyleSheet, Text, View } from 'react-native';
import { PushPrompt } from '@/features/notifications/push-prompt';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontSizes, fontWeights, spacing } from '@/theme/tokens';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { Screen } from '@/ui/screen';
import { ScreenTitle } from '@/ui/screen-title';
import { StateMessage } from '@/ui/state-message';

export function InboxScreen() {
  const { t } = useI18n();
  const router = useRouter();
  return (
    <Screen testID="inbox-screen">
      <ScreenTitle title={t('inbox.title')} />

      <StateMessage
        icon="forum-outline"
        title={t('inbox.emptyTitle')}
        body={t('inbox.emptyBody')}
        action={
          <Button
            label={t('common.browseCategories')}
            icon="shape-outline"
            variant="secondary"
            onPress={() => router.navigate('/')}
          />
        }
      />

      <Card tone="muted" style={styles.notify}>
        <Text style={styles.notifyTitle}>{t('inbox.notifyTitle')}</Text>
        <Text style={styles.notifyBody}>{t('inbox.notifyBody')}</Text>
        <View style={styles.notifyAction}>
          <PushPrompt label="push.enable" />
        </View>
      </Card>
    </Screen>
  );
}

const styles = StyleSheet.create({
  notify: { gap: spacing.xs },
  notifyTitle: { fontSize: fontSizes.body, fontWeight: fontWeights.bold, color: colors.text },
  notifyBody: { fontSize: fontSizes.small, lineHeight: 20, color: colors.textMuted },
  notifyAction: { marginTop: spacing.md },
});
