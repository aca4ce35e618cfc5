import { useState } from 'react';
import { Pressable, StyleSheet, Text, TextInput, type TextInputProps, View } from 'react-native';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontSizes, fontWeights, minTouchTarget, radii, spacing } from '@/theme/tokens';
import { Icon } from './icon';

type Props = Pick<
  TextInputProps,
  'autoComplete' | 'textContentType' | 'keyboardType' | 'autoCapitalize' | 'returnKeyType' | 'onSubmitEditing'
> & {
  label: string;
  value: string;
  onChangeText: (value: string) => void;
  /** Under the field while there is no error: what to type. */
  hint?: string;
  error?: string;
  /** A password: hidden, with a button that shows it. */
  secret?: boolean;
  multiline?: boolean;
  maxLength?: number;
  testID?: string;
};

/** A labelled text input with its hint, or its error in red beneath it. */
export function TextField({
  label,
  value,
  onChangeText,
  hint,
  error,
  secret,
  multiline,
  testID,
  ...input
}: Props) {
  const { t } = useI18n();
  const [revealed, setRevealed] = useState(false);
  const [focused, setFocused] = useState(false);
  return (
    <View style={styles.container}>
      <Text style={styles.label}>{label}</Text>
      <View style={[styles.box, focused && styles.focused, !!error && styles.invalid]}>
        <TextInput
          {...input}
          value={value}
          onChangeText={onChangeText}
          accessibilityLabel={label}
          accessibilityHint={error ?? hint}
          secureTextEntry={secret && !revealed}
          autoCorrect={false}
          multiline={multiline}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          placeholderTextColor={colors.textSubtle}
          style={[styles.input, multiline && styles.multiline]}
          testID={testID}
        />
        {secret ? (
          <Pressable
            accessibilityRole="button"
            accessibilityLabel={revealed ? t('field.hidePassword') : t('field.showPassword')}
            onPress={() => setRevealed((shown) => !shown)}
            hitSlop={10}
            style={styles.reveal}
          >
            <Icon name={revealed ? 'eye-off-outline' : 'eye-outline'} size={22} color={colors.textMuted} />
          </Pressable>
        ) : null}
      </View>
      {error ? (
        <Text style={styles.error} accessibilityLiveRegion="polite">
          {error}
        </Text>
      ) : hint ? (
        <Text style={styles.hint}>{hint}</Text>
      ) : null}
    </View>
  );
}

const styles = StyleSheet.create({
  container: { gap: spacing.xs + 2 },
  label: { fontSize: fontSizes.small, fontWeight: fontWeights.semibold, color: colors.text },
  box: {
    minHeight: minTouchTarget,
    flexDirection: 'row',
    alignItems: 'center',
    borderRadius: radii.card,
    borderWidth: 1,
    borderColor: colors.border,
    backgroundColor: colors.surfaceMuted,
  },
  focused: { borderColor: colors.accentStrong, backgroundColor: colors.surface },
  invalid: { borderColor: colors.danger, backgroundColor: colors.dangerSoft },
  input: {
    flex: 1,
    fontSize: fontSizes.body,
    color: colors.text,
    paddingHorizontal: spacing.md + 2,
    paddingVertical: spacing.md,
  },
  multiline: { minHeight: 110, lineHeight: 22, textAlignVertical: 'top' },
  reveal: { paddingHorizontal: spacing.md },
  hint: { fontSize: fontSizes.caption + 1, color: colors.textMuted, lineHeight: 18 },
  error: { fontSize: fontSizes.caption + 1, color: colors.danger, lineHeight: 18 },
});
