import * as Notifications from 'expo-notifications';
import { getEasProjectId } from '@/config/app-config';
import { registerForPush } from './register-for-push';

jest.mock('expo-device', () => ({ isDevice: true }));
jest.mock('@/config/app-config', () => ({ getEasProjectId: jest.fn() }));
jest.mock('expo-notifications', () => ({
  getPermissionsAsync: jest.fn(),
  requestPermissionsAsync: jest.fn(),
  getExpoPushTokenAsync: jest.fn(),
  setNotificationChannelAsync: jest.fn(),
  AndroidImportance: { HIGH: 4 },
}));

const notifications = jest.mocked(Notifications);
const projectId = jest.mocked(getEasProjectId);
const permission = (granted: boolean) => ({ granted }) as Notifications.NotificationPermissionsStatus;

describe('registerForPush', () => {
  beforeEach(() => {
    projectId.mockReturnValue('7f1c9d2e-5b8a-4c3f-9e6d-0a1b2c3d4e5f');
    notifications.getExpoPushTokenAsync.mockResolvedValue({
      type: 'expo',
      data: 'ExponentPushToken[abc123]',
    });
  });

  it('asks for permission, then returns the Expo push token for the EAS project', async () => {
    notifications.getPermissionsAsync.mockResolvedValue(permission(false));
    notifications.requestPermissionsAsync.mockResolvedValue(permission(true));

    await expect(registerForPush()).resolves.toEqual({
      status: 'granted',
      token: 'ExponentPushToken[abc123]',
      platform: 'ios',
    });
    expect(notifications.requestPermissionsAsync).toHaveBeenCalledTimes(1);
    expect(notifications.getExpoPushTokenAsync).toHaveBeenCalledWith({
      projectId: '7f1c9d2e-5b8a-4c3f-9e6d-0a1b2c3d4e5f',
    });
  });

  it('does not ask again when permission was already given', async () => {
    notifications.getPermissionsAsync.mockResolvedValue(permission(true));

    await expect(registerForPush()).resolves.toMatchObject({ status: 'granted' });
    expect(notifications.requestPermissionsAsync).not.toHaveBeenCalled();
  });

  it('reports a refusal without asking Expo for a token', async () => {
    notifications.getPermissionsAsync.mockResolvedValue(permission(false));
    notifications.requestPermissionsAsync.mockResolvedValue(permission(false));

    await expect(registerForPush()).resolves.toEqual({ status: 'denied' });
    expect(notifications.getExpoPushTokenAsync).not.toHaveBeenCalled();
  });

  it('says so when the app has no EAS project id yet', async () => {
    notifications.getPermissionsAsync.mockResolvedValue(permission(true));
    projectId.mockReturnValue(undefined);

    await expect(registerForPush()).resolves.toEqual({ status: 'not-configured' });
    expect(notifications.getExpoPushTokenAsync).not.toHaveBeenCalled();
  });
});
