import { describe, expect, it } from 'vitest';
import { moveFocusIndex, pickTabStop } from './rovingFocus';

describe('moveFocusIndex', () => {
  it('moves one item down or up with the arrows', () => {
    expect(moveFocusIndex('ArrowDown', 3, 10)).toBe(4);
    expect(moveFocusIndex('ArrowUp', 3, 10)).toBe(2);
  });

  it('goes to the first and last item with Home and End', () => {
    expect(moveFocusIndex('Home', 7, 10)).toBe(0);
    expect(moveFocusIndex('End', 2, 10)).toBe(9);
    expect(moveFocusIndex('End', 0, 1)).toBe(0);
  });

  it('stops at the ends rather than wrapping', () => {
    expect(moveFocusIndex('ArrowDown', 9, 10)).toBe(9);
    expect(moveFocusIndex('ArrowUp', 0, 10)).toBe(0);
  });

  it('brings an index from outside the list back into it', () => {
    expect(moveFocusIndex('ArrowDown', -1, 10)).toBe(0);
    expect(moveFocusIndex('ArrowUp', 12, 10)).toBe(9);
  });

  it('ignores other keys, horizontal arrows included, and empty lists', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'Enter', ' ', 'Tab', 'a', 'PageDown']) {
      expect(moveFocusIndex(key, 3, 10)).toBeNull();
    }
    expect(moveFocusIndex('ArrowDown', 0, 0)).toBeNull();
    expect(moveFocusIndex('Home', 0, 0)).toBeNull();
  });
});

describe('pickTabStop', () => {
  const ids = ['a', 'b', 'c'];

  it('is the item focus was moved to', () => {
    expect(pickTabStop(ids, 'c', 'b')).toBe('c');
  });

  it('falls back to the selection, then the first item', () => {
    expect(pickTabStop(ids, null, 'b')).toBe('b');
    expect(pickTabStop(ids, 'gone', 'b')).toBe('b');
    expect(pickTabStop(ids, null, 'elsewhere')).toBe('a');
    expect(pickTabStop(ids, null, null)).toBe('a');
  });

  it('is null for an empty list', () => {
    expect(pickTabStop([], 'a', 'a')).toBeNull();
  });
});
