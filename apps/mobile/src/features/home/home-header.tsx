import { Pressable, StyleSheet, Text, View } from 'react-native';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontSizes, fontWeights, minTouchTarget, radii, spacing } from '@/theme/tokens';
import { Icon } from '@/ui/icon';

type Props = { onSearchPress: () => void };

export function HomeHeader({ onSearchPress }: Props) {
  const { t } = useI18n();
  return (
    <View style={styles.container}>
      <Text style={styles.wordmark} accessibilityRole="header">
        TARODAN
      </Text>
      <Text style={styles.tagline}>{t('home.tagline')}</Text>

      <Pressable
        accessibilityRole="search"
        accessibilityLabel={t('home.searchPlaceholder')}
        onPress={onSearchPress}
        style={({ pressed }) => [styles.search, pressed && styles.searchPressed]}
      >
        <Icon name="magnify" size={22} color={colors.textMuted} />
        <Text style={styles.searchText} numberOfLines={1}>
          {t('home.searchPlaceholder')}
        </Text>
      </Pressable>

      <Text style={styles.sectionTitle} accessibilityRole="header">
        {t('home.categoriesTitle')}
      </Text>
      <Text style={styles.sectionSubtitle}>{t('home.categoriesSubtitle')}</Text>
    </View>
  );
}

const styles = StyleSheet.create({
  container: { paddingTop: spacing.lg, paddingBottom: spacing.lg },
  wordmark: {
    fontSize: fontSizes.headline,
    fontWeight: fontWeights.heavy,
    color: colors.accent,
    letterSpacing: 1.5,
  },
  tagline: { marginTop: spacing.xxs, fontSize: fontSizes.small, color: colors.textMuted },
  search: {
    marginTop: spacing.lg,
    minHeight: minTouchTarget,
    flexDirection: 'row',
    alignItems: 'center',
    gap: spacing.sm,
    paddingHorizontal: spacing.lg,
    borderRadius: radii.card,
    backgroundColor: colors.surfaceMuted,
    borderWidth: StyleSheet.hairlineWidth,
    borderColor: colors.border,
  },
  searchPressed: { backgroundColor: colors.skeleton },
  searchText: { flex: 1, fontSize: fontSizes.body - 1, color: colors.textMuted },
  sectionTitle: {
    marginTop: spacing.xl,
    fontSize: fontSizes.title,
    fontWeight: fontWeights.bold,
    color: colors.text,
  },
  sectionSubtitle: { marginTop: spacing.xxs, fontSize: fontSizes.small, color: colors.textMuted },
});
