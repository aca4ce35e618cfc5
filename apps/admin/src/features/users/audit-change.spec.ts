import { describe, expect, it } from 'vitest';
import { describeChanges, displayValue } from './audit-change';

describe('describeChanges', () => {
  it('lists only the fields that changed', () => {
    expect(
      describeChanges(
        { status: 'active', role: 'member' },
        { status: 'suspended', role: 'member', reason: 'spam' },
      ),
    ).toEqual([
      { field: 'status', from: 'active', to: 'suspended' },
      { field: 'reason', from: null, to: 'spam' },
    ]);
  });

  it('handles a missing side and non-object snapshots', () => {
    expect(describeChanges(null, { role: 'admin' })).toEqual([{ field: 'role', from: null, to: 'admin' }]);
    expect(describeChanges(undefined, undefined)).toEqual([]);
    expect(describeChanges('a', 'b')).toEqual([{ field: '', from: 'a', to: 'b' }]);
  });
});

describe('displayValue', () => {
  it('shows text as is, nothing as a dash, and other values as JSON', () => {
    expect(displayValue('banned', (text) => (text === 'banned' ? 'Yasaklı' : text))).toBe('Yasaklı');
    expect(displayValue(null)).toBe('—');
    expect(displayValue(3)).toBe('3');
    expect(displayValue({ a: 1 })).toBe('{"a":1}');
  });
});
