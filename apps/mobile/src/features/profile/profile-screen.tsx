import { useSession } from '@/features/auth/session-provider';
import { useI18n } from '@/i18n/i18n-provider';
import { Card } from '@/ui/card';
import { Screen } from '@/ui/screen';
import { ScreenTitle } from '@/ui/screen-title';
import { Skeleton } from '@/ui/skeleton';
import { AppSettings } from './app-settings';
import { GuestCard } from './guest-card';
import { MemberSection } from './member-section';

/** The Profile tab: the member's account when signed in, the way in when not; then the app's settings. */
export function ProfileScreen() {
  const { t } = useI18n();
  const { state } = useSession();
  return (
    <Screen testID="profile-screen">
      <ScreenTitle title={t('profile.title')} />
      {state.status === 'signed-in' ? (
        <MemberSection />
      ) : state.status === 'signed-out' ? (
        <GuestCard />
      ) : (
        <Card testID="session-loading">
          <Skeleton height={120} />
        </Card>
      )}
      <AppSettings />
    </Screen>
  );
}
