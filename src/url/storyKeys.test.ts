import { describe, expect, it } from 'vitest';
import { decodeViewState } from './codec';
import { decodeStoryLink, encodeStoryPosition } from './storyKeys';

describe('story keys', () => {
  it('read the story and the step as written', () => {
    expect(decodeStoryLink('?story=tour&step=3')).toEqual({ id: 'tour', step: 3 });
    expect(decodeStoryLink('story=tour')).toEqual({ id: 'tour', step: null });
    expect(decodeStoryLink('story=tour&step=0')).toEqual({ id: 'tour', step: 0 });
    expect(decodeStoryLink('story=tour&step=2.5')).toEqual({ id: 'tour', step: null });
    expect(decodeStoryLink('story=tour&step=-1')).toEqual({ id: 'tour', step: null });
    expect(decodeStoryLink('step=2')).toBeNull();
    expect(decodeStoryLink('story=')).toBeNull();
    expect(decodeStoryLink('story=a%20b')).toBeNull();
    // Broken percent-encoding reads as some id no story has (the player says so).
    expect(decodeStoryLink('story=%E0%A4%A')?.id).not.toBe('tour');
  });

  it('write them, and are not "ignored keys" of the view', () => {
    expect(encodeStoryPosition(null)).toBe('');
    expect(encodeStoryPosition({ id: 'tour', step: 2 })).toBe('story=tour&step=2');
    expect(decodeViewState('story=tour&step=2&focus=a').notices).toEqual([]);
  });
});
