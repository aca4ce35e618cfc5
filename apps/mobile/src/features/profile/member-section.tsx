import { useRouter } from 'expo-router';
import { useState } from 'react';
import { StyleSheet, View } from 'react-native';
import { fetchAccount } from '@/api/account-api';
import { AccountCard } from '@/features/account/account-card';
import { useAuthorizedResource } from '@/features/account/use-authorized-resource';
import { SignedOutError } from '@/features/auth/session-manager';
import { useSession } from '@/features/auth/session-provider';
import { errorText } from '@/forms/form-failure';
import { useI18n } from '@/i18n/i18n-provider';
import { spacing } from '@/theme/tokens';
import { Button } from '@/ui/button';
import { Card } from '@/ui/card';
import { Skeleton } from '@/ui/skeleton';
import { StateMessage } from '@/ui/state-message';
import { ActionRow } from './action-row';

/** Signed in: the account from GET /v1/account, and what the member can do with it. */
export function MemberSection() {
  const { t } = useI18n();
  const router = useRouter();
  const { session } = useSession();
  const { state, retry } = useAuthorizedResource(fetchAccount);
  const [signingOut, setSigningOut] = useState(false);

  const signOut = async () => {
    setSigningOut(true);
    await session.signOut(); // the screen turns to the guest card: this section is gone
  };

  return (
    <View style={styles.container}>
      {state.status === 'success' ? (
        <AccountCard account={state.data} />
      ) : state.status === 'loading' ? (
        <Card style={styles.loading} testID="account-loading">
          <View accessible accessibilityLabel={t('profile.loading')} style={styles.loadingRow}>
            <Skeleton width={72} height={72} radius={36} />
            <View style={styles.loadingLines}>
              <Skeleton width="70%" height={20} />
              <Skeleton width="45%" height={14} />
            </View>
          </View>
        </Card>
      ) : state.error instanceof SignedOutError ? null : (
        <Card>
          <StateMessage
            icon="account-alert-outline"
            tone="danger"
            title={t('profile.loadError')}
            body={errorText(state.error, t)}
            action={<Button label={t('common.retry')} icon="refresh" variant="secondary" onPress={retry} />}
            testID="account-error"
          />
        </Card>
      )}

      <Card style={styles.actions}>
        <ActionRow
          icon="account-edit-outline"
          label={t('profile.edit')}
          onPress={() => router.push('/account/edit')}
        />
        <ActionRow
          icon="cellphone-link"
          label={t('profile.sessions')}
          onPress={() => router.push('/account/sessions')}
        />
        <ActionRow
          icon="logout"
          label={t('profile.signOut')}
          tone="danger"
          busy={signingOut}
          onPress={signOut}
          last
        />
      </Card>
    </View>
  );
}

const styles = StyleSheet.create({
  container: { gap: spacing.md },
  loading: { paddingVertical: spacing.lg },
  loadingRow: { flexDirection: 'row', alignItems: 'center', gap: spacing.lg },
  loadingLines: { flex: 1, gap: spacing.sm },
  actions: { paddingVertical: spacing.xs },
});
