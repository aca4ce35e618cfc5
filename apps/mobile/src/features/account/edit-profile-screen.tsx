import { useRouter } from 'expo-router';
import { fetchAccount } from '@/api/account-api';
import { SignedOutError } from '@/features/auth/session-manager';
import { errorText } from '@/forms/form-failure';
import { useI18n } from '@/i18n/i18n-provider';
import { Button } from '@/ui/button';
import { FormScreen } from '@/ui/form-screen';
import { Skeleton } from '@/ui/skeleton';
import { StateMessage } from '@/ui/state-message';
import { ProfileForm } from './profile-form';
import { useAuthorizedResource } from './use-authorized-resource';

export function EditProfileScreen() {
  const { t } = useI18n();
  const router = useRouter();
  const { state, retry, replace } = useAuthorizedResource(fetchAccount);

  return (
    <FormScreen testID="edit-profile-screen">
      {state.status === 'success' ? (
        <ProfileForm key={state.data.id} account={state.data} onSaved={replace} />
      ) : state.status === 'loading' ? (
        <>
          <Skeleton height={72} />
          <Skeleton height={72} />
          <Skeleton height={140} />
        </>
      ) : state.error instanceof SignedOutError ? (
        <StateMessage
          icon="account-lock-outline"
          title={t('errors.signedOut')}
          action={
            <Button label={t('signIn.title')} icon="login" onPress={() => router.replace('/sign-in')} />
          }
        />
      ) : (
        <StateMessage
          icon="account-alert-outline"
          tone="danger"
          title={t('profile.loadError')}
          body={errorText(state.error, t)}
          action={<Button label={t('common.retry')} icon="refresh" variant="secondary" onPress={retry} />}
        />
      )}
    </FormScreen>
  );
}
