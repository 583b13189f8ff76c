import { describe, expect, it } from 'vitest';
import { aboutWasSeen, rememberAboutSeen } from './firstVisit';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the About dialog on a first visit', () => {
  it('is unseen until remembered, then seen', () => {
    const storage = memoryStorage();
    expect(aboutWasSeen(storage)).toBe(false);
    rememberAboutSeen(storage);
    expect(aboutWasSeen(storage)).toBe(true);
  });

  it('counts as seen where storage is missing or refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(aboutWasSeen(null)).toBe(true);
    expect(aboutWasSeen(refusing)).toBe(true);
    expect(() => rememberAboutSeen(refusing)).not.toThrow();
  });
});
