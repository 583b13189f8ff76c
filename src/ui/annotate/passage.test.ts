import { describe, expect, it } from 'vitest';
import { rankOptions } from './Picker';
import { freshId, slugify } from './passage';

describe('slugify and freshId', () => {
  it('make ids as the format wants them, unique against the corpus', () => {
    expect(slugify('ByteDance – “created” TikTok!')).toBe('bytedance-created-tiktok');
    expect(slugify('Café São Paulo')).toBe('cafe-sao-paulo');
    expect(slugify('a'.repeat(70), 60)).toHaveLength(60);
    const taken = new Set(['x', 'x-2']);
    expect(freshId('x', (id) => taken.has(id))).toBe('x-3');
    expect(freshId('y', (id) => taken.has(id))).toBe('y');
    expect(freshId('', () => false)).toBe('item');
  });
});

describe('rankOptions', () => {
  const options = [
    { id: 'tiktok-data-centers', label: 'TikTok data centers' },
    { id: 'tiktok', label: 'TikTok', description: 'Video-sharing app' },
    { id: 'bytedance', label: 'ByteDance', description: 'TikTok’s parent company' },
  ];
  it('matches labels first (those starting with the words typed before), then descriptions', () => {
    expect(rankOptions(options, 'tik').map((o) => o.id)).toEqual([
      'tiktok-data-centers',
      'tiktok',
      'bytedance',
    ]);
    expect(rankOptions(options, 'parent').map((o) => o.id)).toEqual(['bytedance']);
    expect(rankOptions(options, 'data c').map((o) => o.id)).toEqual(['tiktok-data-centers']);
  });
  it('never matches on ids alone', () => {
    expect(rankOptions(options, 'tiktok-data')).toEqual([]);
  });
});
