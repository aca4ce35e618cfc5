import { type Locale, locales } from '@tarodan/contracts';
import { Pressable, StyleSheet, Text, View } from 'react-native';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontSizes, fontWeights, radii, spacing } from '@/theme/tokens';

/** Türkçe | English: the texts and the category names from the API follow at once. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <View style={styles.group} accessibilityRole="radiogroup" accessibilityLabel={t('profile.language')}>
      {locales.map((option: Locale) => {
        const selected = option === locale;
        return (
          <Pressable
            key={option}
            accessibilityRole="radio"
            accessibilityState={{ checked: selected }}
            onPress={() => setLocale(option)}
            style={[styles.option, selected && styles.selected]}
            hitSlop={6}
          >
            <Text style={[styles.text, selected && styles.selectedText]}>{t(`language.${option}`)}</Text>
          </Pressable>
        );
      })}
    </View>
  );
}

const styles = StyleSheet.create({
  group: { flexDirection: 'row', backgroundColor: colors.surfaceMuted, borderRadius: radii.pill, padding: 3 },
  option: { paddingHorizontal: spacing.md, paddingVertical: spacing.xs + 2, borderRadius: radii.pill },
  selected: { backgroundColor: colors.accentStrong },
  text: { fontSize: fontSizes.small, color: colors.textMuted, fontWeight: fontWeights.medium },
  selectedText: { color: colors.onAccent, fontWeight: fontWeights.bold },
});
