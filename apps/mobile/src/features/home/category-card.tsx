import type { CategoryNode } from '@tarodan/contracts';
import { Pressable, StyleSheet, Text, View } from 'react-native';
import { useI18n } from '@/i18n/i18n-provider';
import { cardShadow, colors, fontSizes, fontWeights, radii, spacing } from '@/theme/tokens';
import { Icon } from '@/ui/icon';
import { categoryIcon } from './category-icon';

type Props = { category: CategoryNode; onPress: (category: CategoryNode) => void };

export function CategoryCard({ category, onPress }: Props) {
  const { t } = useI18n();
  const count = category.children.length;
  const countLabel =
    count === 0
      ? t('home.subcategoriesNone')
      : count === 1
        ? t('home.subcategoriesOne')
        : t('home.subcategoriesMany', { count });

  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={`${category.name}, ${countLabel}`}
      onPress={() => onPress(category)}
      testID={`category-card-${category.slug}`}
      style={({ pressed }) => [styles.card, pressed && styles.pressed]}
    >
      <View style={styles.iconBadge}>
        <Icon name={categoryIcon(category.icon)} size={26} color={colors.accent} />
      </View>
      <View style={styles.texts}>
        <Text style={styles.name} numberOfLines={2}>
          {category.name}
        </Text>
        <Text style={styles.count}>{countLabel}</Text>
      </View>
    </Pressable>
  );
}

export const categoryCardHeight = 148;

const styles = StyleSheet.create({
  card: {
    flex: 1,
    height: categoryCardHeight,
    padding: spacing.lg,
    borderRadius: radii.card,
    backgroundColor: colors.surface,
    borderWidth: StyleSheet.hairlineWidth,
    borderColor: colors.border,
    gap: spacing.md,
    ...cardShadow,
  },
  pressed: { backgroundColor: colors.surfaceMuted, transform: [{ scale: 0.98 }] },
  iconBadge: {
    width: 48,
    height: 48,
    borderRadius: radii.card,
    backgroundColor: colors.accentSoft,
    alignItems: 'center',
    justifyContent: 'center',
  },
  texts: { gap: spacing.xxs },
  name: { fontSize: fontSizes.body, fontWeight: fontWeights.bold, color: colors.text, lineHeight: 21 },
  count: { fontSize: fontSizes.caption + 1, color: colors.textMuted },
});
