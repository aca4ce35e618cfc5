import { Tabs } from 'expo-router/js-tabs';
import { Platform } from 'react-native';
import { useI18n } from '@/i18n/i18n-provider';
import type { MessageKey } from '@/i18n/tr';
import { colors, fontWeights } from '@/theme/tokens';
import { Icon, type IconName } from '@/ui/icon';

type TabSpec = { name: string; label: MessageKey; icon: IconName; iconFocused: IconName };

/** The five tabs, in order. `name` is the route file in app/(tabs)/. */
export const tabs: readonly TabSpec[] = [
  { name: 'index', label: 'tabs.home', icon: 'home-variant-outline', iconFocused: 'home-variant' },
  { name: 'search', label: 'tabs.search', icon: 'magnify', iconFocused: 'magnify' },
  { name: 'sell', label: 'tabs.sell', icon: 'plus-box-outline', iconFocused: 'plus-box' },
  { name: 'inbox', label: 'tabs.inbox', icon: 'chat-outline', iconFocused: 'chat' },
  { name: 'profile', label: 'tabs.profile', icon: 'account-outline', iconFocused: 'account' },
];

export function TabLayout() {
  const { t } = useI18n();
  return (
    <Tabs
      screenOptions={{
        headerShown: false,
        tabBarActiveTintColor: colors.accentStrong,
        tabBarInactiveTintColor: colors.textMuted,
        // An explicit line height: with 'normal' the web build clips descenders ("Sayfa", "Mesajlar").
        tabBarLabelStyle: { fontSize: 11, lineHeight: 14, fontWeight: fontWeights.semibold },
        tabBarStyle: {
          backgroundColor: colors.surface,
          borderTopColor: colors.border,
          ...(Platform.OS === 'web' ? { height: 70, paddingTop: 6, paddingBottom: 10 } : null),
        },
      }}
    >
      {tabs.map((tab) => (
        <Tabs.Screen
          key={tab.name}
          name={tab.name}
          options={{
            title: t(tab.label),
            tabBarAccessibilityLabel: t(tab.label),
            tabBarButtonTestID: `tab-${tab.name}`,
            tabBarIcon: ({ focused, color, size }) => (
              <Icon name={focused ? tab.iconFocused : tab.icon} size={size} color={color} />
            ),
          }}
        />
      ))}
    </Tabs>
  );
}
