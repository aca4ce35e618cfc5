import { useLocalSearchParams, useRouter } from 'expo-router';
import { useState } from 'react';
import { Pressable, StyleSheet, Text, TextInput, View } from 'react-native';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontSizes, fontWeights, minTouchTarget, radii, spacing } from '@/theme/tokens';
import { Button } from '@/ui/button';
import { Icon } from '@/ui/icon';
import { Screen } from '@/ui/screen';
import { ScreenTitle } from '@/ui/screen-title';
import { StateMessage } from '@/ui/state-message';
import { popularSearches } from './popular-searches';

type Params = { category?: string; categoryName?: string };

export function SearchScreen() {
  const { t } = useI18n();
  const router = useRouter();
  const { category, categoryName } = useLocalSearchParams<Params>();
  const [query, setQuery] = useState('');
  const trimmed = query.trim();

  return (
    <Screen testID="search-screen">
      <ScreenTitle title={t('search.title')} />

      <View style={styles.field}>
        <Icon name="magnify" size={22} color={colors.textMuted} />
        <TextInput
          value={query}
          onChangeText={setQuery}
          placeholder={t('search.placeholder')}
          placeholderTextColor={colors.textSubtle}
          accessibilityLabel={t('search.placeholder')}
          returnKeyType="search"
          autoCorrect={false}
          style={styles.input}
        />
        {query ? (
          <Pressable
            accessibilityRole="button"
            accessibilityLabel={t('search.clear')}
            onPress={() => setQuery('')}
            hitSlop={12}
          >
            <Icon name="close-circle" size={20} color={colors.textSubtle} />
          </Pressable>
        ) : null}
      </View>

      {category ? (
        <Pressable
          accessibilityRole="button"
          accessibilityLabel={t('search.removeFilter')}
          onPress={() => router.setParams({ category: undefined, categoryName: undefined })}
          style={styles.filter}
        >
          <Text style={styles.filterText}>
            {t('search.categoryFilter', { name: categoryName ?? category })}
          </Text>
          <Icon name="close" size={16} color={colors.accentStrong} />
        </Pressable>
      ) : null}

      <Text style={styles.sectionTitle} accessibilityRole="header">
        {t('search.popularTitle')}
      </Text>
      <View style={styles.chips}>
        {popularSearches.map((term) => (
          <Pressable
            key={term}
            accessibilityRole="button"
            onPress={() => setQuery(term)}
            style={({ pressed }) => [styles.chip, (pressed || trimmed === term) && styles.chipActive]}
          >
            <Text style={styles.chipText}>{term}</Text>
          </Pressable>
        ))}
      </View>

      <StateMessage
        icon="text-search"
        title={t('search.comingTitle')}
        body={trimmed ? t('search.queryPending', { query: trimmed }) : t('search.comingBody')}
        action={
          <Button
            label={t('common.browseCategories')}
            icon="shape-outline"
            variant="secondary"
            onPress={() => router.navigate('/')}
          />
        }
      />
    </Screen>
  );
}

const styles = StyleSheet.create({
  field: {
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
  input: { flex: 1, fontSize: fontSizes.body, color: colors.text, paddingVertical: spacing.md },
  filter: {
    marginTop: spacing.md,
    alignSelf: 'flex-start',
    flexDirection: 'row',
    alignItems: 'center',
    gap: spacing.xs,
    paddingHorizontal: spacing.md,
    paddingVertical: spacing.sm,
    borderRadius: radii.pill,
    backgroundColor: colors.accentSoft,
  },
  filterText: { color: colors.accentStrong, fontWeight: fontWeights.semibold, fontSize: fontSizes.small },
  sectionTitle: {
    marginTop: spacing.xl,
    marginBottom: spacing.md,
    fontSize: fontSizes.body,
    fontWeight: fontWeights.bold,
    color: colors.text,
  },
  chips: { flexDirection: 'row', flexWrap: 'wrap', gap: spacing.sm },
  chip: {
    paddingHorizontal: spacing.md + 2,
    paddingVertical: spacing.sm,
    borderRadius: radii.pill,
    borderWidth: 1,
    borderColor: colors.border,
    backgroundColor: colors.surface,
  },
  chipActive: { borderColor: colors.accent, backgroundColor: colors.accentSoft },
  chipText: { fontSize: fontSizes.small, color: colors.text },
});
