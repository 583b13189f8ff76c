import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../viewState/viewState';
import { decodeViewState, encodeViewState } from './codec';
import { decodeViewData } from './viewData';

describe('decodeViewData', () => {
  it('reads a mapping of URL keys as the same view as its link', () => {
    const data = {
      sel: 'claim-a',
      focus: 'tiktok',
      hops: 2,
      exp: ['bytedance*2'],
      hide: ['oracle', 'cfius'],
      from: '2020',
      undated: false,
      vp: '1.5,-340,120',
    };
    const link =
      'sel=claim-a&focus=tiktok&hops=2&exp=bytedance*2&hide=oracle,cfius&from=2020&undated=0&vp=1.5,-340,120';
    const fromData = decodeViewData(data);
    expect(fromData).toEqual(decodeViewState(link));
    expect(encodeViewState(fromData.state)).toBe(
      'v=1&sel=claim-a&focus=tiktok&hops=2&exp=bytedance*2&hide=cfius,oracle&from=2020-01-01&undated=0&vp=1.5,-340,120',
    );
  });

  it('reads a pasted permalink, its path and hash ignored', () => {
    const result = decodeViewData('https://example.test/explore/?v=1&focus=tiktok&hops=3#top');
    expect(result.state).toEqual({ ...DEFAULT_VIEW_STATE, focus: 'tiktok', hops: 3 });
    expect(decodeViewData('focus=tiktok').state.focus).toBe('tiktok');
  });

  it('checks ids against the graph and reports what it drops, as a link does', () => {
    const ctx = { knownIds: (id: string) => (id === 'tiktok' ? id : null) };
    const result = decodeViewData({ focus: 'gone', pin: ['tiktok', 'nobody'], min: 'x' }, ctx);
    expect(result.state).toEqual({ ...DEFAULT_VIEW_STATE, pinned: ['tiktok'] });
    expect(result.dropped).toEqual([
      { key: 'focus', value: 'gone', reason: 'unknown-id' },
      { key: 'pin', value: 'nobody', reason: 'unknown-id' },
      { key: 'min', value: 'x', reason: 'malformed' },
    ]);
  });

  it('drops a value no link could hold, and ignores keys it does not know', () => {
    const result = decodeViewData({ focus: { id: 'tiktok' }, hops: null, colour: 'red' });
    expect(result.state).toEqual(DEFAULT_VIEW_STATE);
    expect(result.dropped).toEqual([{ key: 'focus', value: '%', reason: 'malformed' }]);
    expect(result.notices.map((n) => n.type)).toEqual(['ignored-keys']);
  });

  it('gives the default view for anything else', () => {
    for (const data of [42, null, ['focus=tiktok'], undefined]) {
      const result = decodeViewData(data);
      expect(result.state).toEqual(DEFAULT_VIEW_STATE);
      expect(result.notices.map((n) => n.type)).toEqual(['unreadable']);
    }
  });
});
