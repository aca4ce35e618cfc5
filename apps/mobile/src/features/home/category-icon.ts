import MaterialCommunityIcons from '@expo/vector-icons/MaterialCommunityIcons';
import type { IconName } from '@/ui/icon';

/**
 * The API stores a short icon name per category (web uses lucide names such as "car" or "train-front").
 * The app draws Material Design Icons: known names are translated here, an MDI name passes through as is,
 * anything else gets a neutral shape.
 */
export const categoryIconAliases: Record<string, IconName> = {
  package: 'package-variant-closed',
  box: 'package-variant-closed',
  car: 'car-sports',
  'car-front': 'car-sports',
  truck: 'truck-outline',
  bike: 'motorbike',
  train: 'train',
  'train-front': 'train',
  'train-track': 'train',
  plane: 'airplane',
  ship: 'ferry',
  rocket: 'rocket-launch-outline',
  blocks: 'toy-brick-outline',
  brick: 'toy-brick-outline',
  lego: 'toy-brick-outline',
  bot: 'robot-outline',
  robot: 'robot-outline',
  sword: 'sword',
  swords: 'sword-cross',
  shield: 'shield-outline',
  figure: 'human',
  'person-standing': 'human',
  user: 'account-outline',
  doll: 'human-female',
  baby: 'baby-face-outline',
  bear: 'teddy-bear',
  rabbit: 'rabbit',
  'teddy-bear': 'teddy-bear',
  puzzle: 'puzzle-outline',
  gamepad: 'gamepad-variant-outline',
  'gamepad-2': 'gamepad-variant-outline',
  dice: 'dice-5-outline',
  cards: 'cards-outline',
  hammer: 'hammer-screwdriver',
  wrench: 'wrench-outline',
  palette: 'palette-outline',
  paintbrush: 'brush',
  gem: 'diamond-stone',
  star: 'star-outline',
  sparkles: 'star-shooting-outline',
  trophy: 'trophy-outline',
  book: 'book-open-variant',
  'book-open': 'book-open-variant',
  tag: 'tag-outline',
  layers: 'layers-outline',
  hourglass: 'timer-sand',
  clock: 'clock-outline',
};

const fallbackIcon: IconName = 'shape-outline';

export function categoryIcon(name: string): IconName {
  const key = name.trim().toLowerCase();
  const alias = categoryIconAliases[key];
  if (alias) return alias;
  if (key in MaterialCommunityIcons.glyphMap) return key as IconName;
  return fallbackIcon;
}
