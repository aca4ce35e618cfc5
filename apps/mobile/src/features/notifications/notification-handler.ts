import * as Notifications from 'expo-notifications';

let configured = false;

/**
 * How a notification that arrives while the app is open is shown: as a banner and in the list, with the
 * badge updated and no sound (a new message is news, not an alarm). Safe to call more than once.
 */
export function configureNotificationHandler(): void {
  if (configured) return;
  configured = true;
  Notifications.setNotificationHandler({
    handleNotification: async () => ({
      shouldShowBanner: true,
      shouldShowList: true,
      shouldPlaySound: false,
      shouldSetBadge: true,
    }),
  });
}
