import { useCallback, useState } from 'react';
import type { MessageKey } from '@/i18n/tr';
import { type PushRegistration, registerForPush } from './register-for-push';

export type PushState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; result: PushRegistration }
  | { status: 'failed' };

/** The sentence that tells the person what happened after they asked for notifications. */
export function pushMessageKey(state: PushState): MessageKey | undefined {
  switch (state.status) {
    case 'idle':
      return undefined;
    case 'working':
      return 'push.working';
    case 'failed':
      return 'push.failed';
    case 'done':
      switch (state.result.status) {
        case 'granted':
          return 'push.granted';
        case 'denied':
          return 'push.denied';
        case 'unavailable':
          return 'push.unavailable';
        case 'not-configured':
          return 'push.notConfigured';
      }
  }
}

export function usePushRegistration() {
  const [state, setState] = useState<PushState>({ status: 'idle' });

  const enable = useCallback(async () => {
    setState({ status: 'working' });
    try {
      const result = await registerForPush();
      // Next step, with accounts: POST result.token to the API so the push worker can reach this device.
      setState({ status: 'done', result });
    } catch {
      setState({ status: 'failed' });
    }
  }, []);

  return { state, enable };
}
