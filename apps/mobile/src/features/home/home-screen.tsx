import type { CategoryNode } from '@tarodan/contracts';
import { useRouter } from 'expo-router';
import { FlatList, RefreshControl, StyleSheet, View } from 'react-native';
import { SafeAreaView } from 'react-native-safe-area-context';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, spacing } from '@/theme/tokens';
import { Button } from '@/ui/button';
import { StateMessage } from '@/ui/state-message';
import { CategoryCard } from './category-card';
import { CategoryGridSkeleton } from './category-grid-skeleton';
import { HomeHeader } from './home-header';
import { type CategoriesState, useCategories } from './use-categories';

export function HomeScreen() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const { state, refreshing, retry, refresh } = useCategories(locale);

  const openCategory = (category: CategoryNode) =>
    router.navigate({
      pathname: '/search',
      params: { category: category.slug, categoryName: category.name },
    });

  return (
    <SafeAreaView style={styles.safeArea} edges={['top']}>
      <FlatList
        data={state.status === 'success' ? state.categories : []}
        keyExtractor={(category) => category.id}
        numColumns={2}
        renderItem={({ item }) => (
          <View style={styles.cell}>
            <CategoryCard category={item} onPress={openCategory} />
          </View>
        )}
        contentContainerStyle={styles.content}
        ListHeaderComponent={
          <View style={styles.gutter}>
            <HomeHeader onSearchPress={() => router.navigate('/search')} />
          </View>
        }
        ListEmptyComponent={
          <View style={styles.gutter}>
            <HomeStates state={state} onRetry={retry} />
          </View>
        }
        refreshControl={
          <RefreshControl
            refreshing={refreshing}
            onRefresh={refresh}
            tintColor={colors.accent}
            colors={[colors.accent]}
          />
        }
        testID="home-categories"
        accessibilityLabel={t('home.categoriesTitle')}
      />
    </SafeAreaView>
  );
}

/** What the grid shows when it has no cards: loading, a failure, or a real empty catalogue. */
function HomeStates({ state, onRetry }: { state: CategoriesState; onRetry: () => void }) {
  const { t } = useI18n();
  switch (state.status) {
    case 'loading':
      return <CategoryGridSkeleton label={t('home.loading')} />;
    case 'error':
      return (
        <StateMessage
          icon="wifi-off"
          tone="danger"
          title={t('home.errorTitle')}
          body={t('home.errorBody')}
          action={
            <Button label={t('common.retry')} icon="refresh" onPress={onRetry} testID="retry-categories" />
          }
          testID="categories-error"
        />
      );
    case 'success':
      return (
        <StateMessage
          icon="archive-outline"
          title={t('home.emptyTitle')}
          body={t('home.emptyBody')}
          action={<Button label={t('common.refresh')} icon="refresh" variant="secondary" onPress={onRetry} />}
        />
      );
  }
}

const halfGap = spacing.md / 2;

const styles = StyleSheet.create({
  safeArea: { flex: 1, backgroundColor: colors.background },
  // Two equal columns even when the last row has one card: each cell is half the width, the gap is its padding.
  content: { paddingHorizontal: spacing.lg - halfGap, paddingBottom: spacing.xxl, flexGrow: 1 },
  gutter: { paddingHorizontal: halfGap },
  cell: { width: '50%', paddingHorizontal: halfGap, marginBottom: spacing.md },
});
