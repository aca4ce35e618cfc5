import { useRouter } from 'expo-router';
import { useI18n } from '@/i18n/i18n-provider';
import { Button } from '@/ui/button';
import { Screen } from '@/ui/screen';
import { StateMessage } from '@/ui/state-message';

export function NotFoundScreen() {
  const { t } = useI18n();
  const router = useRouter();
  return (
    <Screen>
      <StateMessage
        icon="map-marker-question-outline"
        title={t('notFound.title')}
        body={t('notFound.body')}
        action={
          <Button
            label={t('notFound.action')}
            icon="home-variant-outline"
            onPress={() => router.replace('/')}
          />
        }
      />
    </Screen>
  );
}
