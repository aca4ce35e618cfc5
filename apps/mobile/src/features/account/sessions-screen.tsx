import type { SessionInfo } from '@tarodan/contracts';
import { useState } from 'react';
import { StyleSheet, Text } from 'react-native';
import { fetchSessions, revokeOtherSessions, revokeSession } from '@/api/account-api';
import { useSession } from '@/features/auth/session-provider';
import { errorText } from '@/forms/form-failure';
import { useFormSubmit } from '@/forms/use-form-submit';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontSizes } from '@/theme/tokens';
import { Button } from '@/ui/button';
import { FormScreen } from '@/ui/form-screen';
import { Notice } from '@/ui/notice';
import { Skeleton } from '@/ui/skeleton';
import { StateMessage } from '@/ui/state-message';
import { SessionRow } from './session-row';
import { useAuthorizedResource } from './use-authorized-resource';

const noFields = [] as const;

/** The devices signed in to the account (GET /v1/account/sessions); any but this one can be ended. */
export function SessionsScreen() {
  const { t, locale } = useI18n();
  const { session } = useSession();
  const { state, retry, update } = useAuthorizedResource(fetchSessions);
  const action = useFormSubmit(noFields);
  const [revoking, setRevoking] = useState<string | null>(null);

  const revoke = async (id: string) => {
    setRevoking(id);
    const ok = await action.submit(() => session.authorized((token) => revokeSession({ token, locale }, id)));
    if (ok) update((items) => items.filter((item) => item.id !== id));
    setRevoking(null);
  };

  const revokeOthers = async () => {
    setRevoking('others');
    const ok = await action.submit(() =>
      session.authorized((token) => revokeOtherSessions({ token, locale })),
    );
    if (ok) update((items) => items.filter((item) => item.current));
    setRevoking(null);
  };

  return (
    <FormScreen testID="sessions-screen">
      <Text style={styles.intro}>{t('sessions.intro')}</Text>
      {action.formError ? <Notice tone="danger" message={action.formError} /> : null}
      {state.status === 'success' ? (
        <>
          {sortCurrentFirst(state.data).map((item) => (
            <SessionRow
              key={item.id}
              session={item}
              revoking={revoking === item.id}
              onRevoke={() => revoke(item.id)}
            />
          ))}
          {state.data.some((item) => !item.current) ? (
            <Button
              label={t('sessions.revokeOthers')}
              icon="logout"
              variant="secondary"
              busy={revoking === 'others'}
              onPress={revokeOthers}
            />
          ) : null}
        </>
      ) : state.status === 'loading' ? (
        <>
          <Skeleton height={96} />
          <Skeleton height={96} />
        </>
      ) : (
        <StateMessage
          icon="cellphone-remove"
          tone="danger"
          title={t('sessions.loadError')}
          body={errorText(state.error, t)}
          action={<Button label={t('common.retry')} icon="refresh" variant="secondary" onPress={retry} />}
        />
      )}
    </FormScreen>
  );
}

function sortCurrentFirst(items: SessionInfo[]): SessionInfo[] {
  return [...items].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt.localeCompare(a.lastUsedAt),
  );
}

const styles = StyleSheet.create({
  intro: { fontSize: fontSizes.small, lineHeight: 20, color: colors.textMuted },
});
