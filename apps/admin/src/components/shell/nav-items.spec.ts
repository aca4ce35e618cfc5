import { searchInsightsRoles } from '@tarodan/contracts';
import { describe, expect, it } from 'vitest';
import { navGroups, navGroupsFor } from './nav-items';

const keysFor = (role: Parameters<typeof navGroupsFor>[0]) =>
  navGroupsFor(role).flatMap((group) => group.items.map((item) => item.key));

describe('navGroupsFor', () => {
  it('shows an item only to the roles its API allows', () => {
    const item = navGroups.flatMap((group) => group.items).find((i) => i.key === 'searchInsights');
    expect(item?.roles).toEqual([...searchInsightsRoles]);
    expect(keysFor('admin')).toContain('searchInsights');
    expect(keysFor('moderator')).toContain('searchInsights');
    expect(keysFor('member')).not.toContain('searchInsights');
  });

  it('keeps items without roles for everyone and drops groups left empty', () => {
    expect(keysFor('member')).toEqual(expect.arrayContaining(['dashboard', 'categories', 'moderation']));
    for (const group of navGroupsFor('member')) expect(group.items.length).toBeGreaterThan(0);
  });
});
