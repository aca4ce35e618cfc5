import MaterialCommunityIcons from '@expo/vector-icons/MaterialCommunityIcons';
import { categoryIcon, categoryIconAliases } from './category-icon';

describe('categoryIcon', () => {
  it('translates every alias to an icon that exists', () => {
    for (const icon of Object.values(categoryIconAliases)) {
      expect({ icon, exists: icon in MaterialCommunityIcons.glyphMap }).toEqual({ icon, exists: true });
    }
  });

  it('passes Material Design Icon names through and falls back for unknown names', () => {
    expect(categoryIcon('Car')).toBe('car-sports');
    expect(categoryIcon('teddy-bear')).toBe('teddy-bear');
    expect(categoryIcon('helicopter')).toBe('helicopter');
    expect(categoryIcon('no-such-icon')).toBe('shape-outline');
  });
});
