import type { PushRegistration } from './register-for-push';

/** Push reaches the phone apps only; the web build says so without loading expo-notifications. */
export async function registerForPush(): Promise<PushRegistration> {
  return { status: 'unavailable', reason: 'web' };
}
