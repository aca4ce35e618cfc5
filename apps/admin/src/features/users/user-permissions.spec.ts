import { describe, expect, it } from 'vitest';
import { allowedUserActions } from './user-permissions';

const admin = { id: 'a', role: 'admin' as const };
const moderator = { id: 'm', role: 'moderator' as const };
const member = (status: 'active' | 'suspended' | 'banned' | 'deleted' = 'active') => ({
  id: 'u',
  role: 'member' as const,
  status,
});

describe('allowedUserActions', () => {
  it('lets a moderator suspend an active member and nothing else', () => {
    expect(allowedUserActions(moderator, member())).toEqual(['suspend']);
    expect(allowedUserActions(moderator, member('suspended'))).toEqual([]);
    expect(allowedUserActions(moderator, { id: 'a', role: 'admin', status: 'active' })).toEqual([]);
  });

  it('lets an admin suspend, ban, reinstate and change roles as the status allows', () => {
    expect(allowedUserActions(admin, member())).toEqual(['suspend', 'ban', 'role']);
    expect(allowedUserActions(admin, member('suspended'))).toEqual(['ban', 'reinstate', 'role']);
    expect(allowedUserActions(admin, member('banned'))).toEqual(['reinstate', 'role']);
  });

  it('never offers status changes on another admin, only the role', () => {
    expect(allowedUserActions(admin, { id: 'b', role: 'admin', status: 'active' })).toEqual(['role']);
    expect(allowedUserActions(admin, { id: 'm', role: 'moderator', status: 'active' })).toEqual([
      'suspend',
      'ban',
      'role',
    ]);
  });

  it('offers nothing on deleted accounts or on your own', () => {
    expect(allowedUserActions(admin, member('deleted'))).toEqual([]);
    expect(allowedUserActions(admin, { id: 'a', role: 'admin', status: 'active' })).toEqual([]);
  });
});
