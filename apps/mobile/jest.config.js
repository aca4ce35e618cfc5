/** @type {import('jest').Config} */
module.exports = {
  preset: 'jest-expo',
  // pnpm keeps packages under node_modules/.pnpm/<name>@<version>/node_modules/<name>: let Babel through to the
  // React Native and Expo packages that ship untranspiled code, wherever they sit.
  transformIgnorePatterns: [
    'node_modules/(?!(\\.pnpm|(jest-)?react-native|@react-native(-community)?|expo(nent)?|@expo(nent)?/.*|@expo-google-fonts/.*|expo-router|expo-modules-core|react-navigation|@react-navigation/.*|standard-navigation|@tarodan/.*))',
  ],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}', '<rootDir>/app/**/*.test.{ts,tsx}'],
  clearMocks: true,
  // The first render of a suite loads the router and React Native (seconds on a cold cache with 2 cores).
  testTimeout: 30_000,
};
