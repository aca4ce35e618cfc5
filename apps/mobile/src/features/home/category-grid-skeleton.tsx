import { StyleSheet, View } from 'react-native';
import { colors, radii, spacing } from '@/theme/tokens';
import { Skeleton } from '@/ui/skeleton';
import { categoryCardHeight } from './category-card';

type Props = { label: string; cards?: number };

/** The shape of the category grid while it loads: the same cards, without words. */
export function CategoryGridSkeleton({ label, cards = 6 }: Props) {
  const rows = Array.from({ length: Math.ceil(cards / 2) }, (_, row) => row);
  return (
    <View
      accessible
      accessibilityRole="progressbar"
      accessibilityLabel={label}
      accessibilityState={{ busy: true }}
      testID="categories-skeleton"
      style={styles.grid}
    >
      {rows.map((row) => (
        <View key={row} style={styles.row}>
          <SkeletonCard />
          <SkeletonCard />
        </View>
      ))}
    </View>
  );
}

function SkeletonCard() {
  return (
    <View style={styles.card}>
      <Skeleton width={48} height={48} radius={radii.card} />
      <View style={styles.lines}>
        <Skeleton width="80%" height={16} />
        <Skeleton width="50%" height={12} />
      </View>
    </View>
  );
}

const styles = StyleSheet.create({
  grid: { gap: spacing.md },
  row: { flexDirection: 'row', gap: spacing.md },
  card: {
    flex: 1,
    height: categoryCardHeight,
    padding: spacing.lg,
    borderRadius: radii.card,
    borderWidth: StyleSheet.hairlineWidth,
    borderColor: colors.border,
    gap: spacing.md,
  },
  lines: { gap: spacing.sm, paddingTop: spacing.xs },
});
