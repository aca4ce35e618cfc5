import { describe, expect, it } from 'vitest';
import { staffActionErrorText } from '@/lib/action-error';
import { tr } from '@/lib/messages/tr';
import { otherFieldErrors } from './moderation-errors';

describe('otherFieldErrors', () => {
  it('lists the API field errors the form has no field for, naming the field', () => {
    const fields = {
      reason: 'must be at least 10 characters',
      id: 'must be a listing id',
      '': 'bad request',
    };
    expect(otherFieldErrors(fields, ['reason'])).toEqual(['id: must be a listing id', 'bad request']);
  });
});

describe('staffActionErrorText', () => {
  it('tells a moderator when someone else already reviewed the listing', () => {
    expect(staffActionErrorText('conflict', tr.moderation)).toBe(tr.moderation.errorConflict);
    expect(staffActionErrorText('forbidden', tr.moderation)).toBe('Bu işlem için yetkiniz yok.');
  });
});
