// The safe-area library's own mock: fixed insets, no native module.
jest.mock(
  'react-native-safe-area-context',
  () => require('react-native-safe-area-context/jest/mock').default,
);

// Icons load their font asynchronously and re-render when it arrives, outside act(). Tests need only to know
// which icon is drawn, so draw an empty view named after it (the real glyph map stays for lookups).
jest.mock('@expo/vector-icons/MaterialCommunityIcons', () => {
  const { createElement } = require('react');
  const { View } = require('react-native');
  const actual = jest.requireActual('@expo/vector-icons/MaterialCommunityIcons');
  const MockIcon = ({ name }: { name: string }) => createElement(View, { testID: `icon-${name}` });
  MockIcon.glyphMap = actual.default.glyphMap;
  return { __esModule: true, default: MockIcon };
});

// Sentry's native module does not exist under Jest: the app's tests need only that init and capture can be called.
jest.mock('@sentry/react-native', () => ({
  init: jest.fn(),
  captureException: jest.fn(),
  captureMessage: jest.fn(),
  wrap: (component: unknown) => component,
}));

// The Keychain/Keystore does not exist under Jest: an in-memory SecureStore, emptied before every test.
jest.mock('expo-secure-store', () => require('./src/test/secure-store-mock'));
beforeEach(() => {
  require('./src/test/secure-store-mock').secureStoreItems.clear();
});
