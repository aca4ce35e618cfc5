import {
  Blocks,
  Car,
  Hourglass,
  Layers,
  type LucideIcon,
  Package,
  PersonStanding,
  Rabbit,
  Swords,
  Tag,
  TrainFront,
  Wrench,
} from 'lucide-react';

/** The API names icons in lucide's kebab-case; unknown names fall back to a parcel. */
const icons: Record<string, LucideIcon> = {
  car: Car,
  swords: Swords,
  blocks: Blocks,
  'train-front': TrainFront,
  'person-standing': PersonStanding,
  rabbit: Rabbit,
  wrench: Wrench,
  layers: Layers,
  hourglass: Hourglass,
  tag: Tag,
};

export function CategoryIcon({ name, className }: { name: string; className?: string }) {
  const Icon = icons[name] ?? Package;
  return <Icon className={className} aria-hidden="true" strokeWidth={1.6} />;
}

/**
 * Soft tile colours per top-level category icon, so the grid reads like a wall of photos until listings have real
 * ones. Only tints (dark text on light fill, all above 7:1): the accent stays the one strong colour.
 */
const tints: Record<string, string> = {
  car: 'bg-[#FBE9E2] text-[#9A3412]',
  swords: 'bg-[#E7EEF8] text-[#1E3A8A]',
  blocks: 'bg-[#FDF3D8] text-[#854D0E]',
  'train-front': 'bg-[#E4F1EA] text-[#166534]',
  'person-standing': 'bg-[#F6E8F0] text-[#9D174D]',
  rabbit: 'bg-[#F1ECE4] text-[#6B4F2A]',
  wrench: 'bg-[#E6EFF1] text-[#155E75]',
  layers: 'bg-[#EEEAF8] text-[#5B21B6]',
  hourglass: 'bg-[#F3EEE6] text-[#7C2D12]',
};

export function categoryTint(icon: string): string {
  return tints[icon] ?? 'bg-muted text-ink-muted';
}
