import MaterialCommunityIcons from '@expo/vector-icons/MaterialCommunityIcons';
import type { ComponentProps } from 'react';

export type IconName = ComponentProps<typeof MaterialCommunityIcons>['name'];
type IconColor = NonNullable<ComponentProps<typeof MaterialCommunityIcons>['color']>;

type Props = { name: IconName; size?: number; color: IconColor };

/** One icon family for the whole app (Material Design Icons), decorative unless labelled by its parent. */
export function Icon({ name, size = 24, color }: Props) {
  return (
    <MaterialCommunityIcons
      name={name}
      size={size}
      color={color}
      accessibilityElementsHidden
      importantForAccessibility="no"
    />
  );
}
