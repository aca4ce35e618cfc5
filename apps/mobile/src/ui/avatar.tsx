import { Image, StyleSheet, Text, View } from 'react-native';
import { colors, fontWeights } from '@/theme/tokens';

type Props = { name: string; url: string | null; size?: number };

/** The member's picture, or the initials of their name on the brand's soft colour. */
export function Avatar({ name, url, size = 72 }: Props) {
  const round = { width: size, height: size, borderRadius: size / 2 };
  if (url) {
    return <Image source={{ uri: url }} style={[styles.image, round]} accessibilityIgnoresInvertColors />;
  }
  return (
    <View style={[styles.initials, round]} testID="avatar-initials">
      <Text style={[styles.text, { fontSize: size * 0.38 }]}>{initialsOf(name)}</Text>
    </View>
  );
}

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return letters.map((word) => word.charAt(0).toLocaleUpperCase('tr')).join('') || '?';
}

const styles = StyleSheet.create({
  image: { backgroundColor: colors.surfaceMuted },
  initials: { backgroundColor: colors.accentSoft, alignItems: 'center', justifyContent: 'center' },
  text: { color: colors.accentStrong, fontWeight: fontWeights.bold },
});
