/** The web build has no push: nothing to configure (and expo-notifications stays out of the web bundle). */
export function configureNotificationHandler(): void {}
