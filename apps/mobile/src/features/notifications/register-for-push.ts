import * as Device from 'expo-device';
import * as Notifications from 'expo-notifications';
import { Platform } from 'react-native';
import { getEasProjectId } from '@/config/app-config';
import { colors } from '@/theme/tokens';

export type PushRegistration =
  /** The token to hand to the API (POST it with the device's platform once accounts exist). */
  | { status: 'granted'; token: string; platform: 'ios' | 'android' }
  | { status: 'denied' }
  /** Push needs a physical phone: not the web build, not a simulator or emulator. */
  | { status: 'unavailable'; reason: 'web' | 'simulator' }
  /** No EAS project id in the config yet (`eas init` is a manual step), so Expo cannot issue a token. */
  | { status: 'not-configured' };

export const androidChannelId = 'default';

/**
 * Ask for permission to notify and get this device's Expo push token. Call it from a button the person
 * pressed (never on start-up): the system asks only once, so the question must come with a reason.
 */
export async function registerForPush(): Promise<PushRegistration> {
  if (Platform.OS !== 'ios' && Platform.OS !== 'android') return { status: 'unavailable', reason: 'web' };
  if (!Device.isDevice) return { status: 'unavailable', reason: 'simulator' };

  if (Platform.OS === 'android') {
    // Android 13+ only shows the permission prompt once a channel exists.
    await Notifications.setNotificationChannelAsync(androidChannelId, {
      name: 'TARODAN',
      importance: Notifications.AndroidImportance.HIGH,
      lightColor: colors.accent,
    });
  }

  const current = await Notifications.getPermissionsAsync();
  const granted = current.granted || (await Notifications.requestPermissionsAsync()).granted;
  if (!granted) return { status: 'denied' };

  const projectId = getEasProjectId();
  if (!projectId) return { status: 'not-configured' };

  const { data: token } = await Notifications.getExpoPushTokenAsync({ projectId });
  return { status: 'granted', token, platform: Platform.OS };
}
