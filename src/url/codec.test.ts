import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState/viewState';
import { decodeFlags, decodeViewState, encodeViewState, splitQuery } from './codec';
import type { DecodeContext } from './types';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });
const decode = (search: string, ctx?: DecodeContext) => decodeViewState(search, ctx);

describe('encodeViewState: exact URLs', () => {
  it('writes nothing for the default view', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes the version first, then keys in table order, defaults left out', () => {
    const state = view({ focus: 'tiktok', hops: 2, dateFrom: '2021-09-01' });
    expect(encodeViewState(state)).toBe('v=1&focus=tiktok&hops=2&from=2021-09-01');
  });

  it('writes every key of a full view in canonical order', () => {
    const state: ViewState = {
      selected: 'claim-us-data-stored-in-us',
      focus: 'tiktok',
      hops: 3,
      expanded: [
        { id: 'bytedance', pages: 2 },
        { id: 'beijing', pages: 1 },
      ],
      hidden: ['us-user-data', 'oracle'],
      pinned: ['trump'],
      pathFrom: 'tiktok',
      pathTo: 'cfius',
      dateFrom: '2020-01-01',
      dateTo: '2021-12-31',
      pathThroughClaims: true,
      includeUndated: false,
      includeEstimated: false,
      sources: ['s002', 's001'],
      minSources: 2,
      hiddenEntityTypes: ['place'],
      hiddenPredicates: ['related_to', 'about'],
      readerSource: 's001',
      readerStart: 120,
      readerEnd: 180,
      layout: null,
      viewport: { zoom: 1.5, panX: -340, panY: 120 },
    };
    expect(encodeViewState(state)).toBe(
      'v=1&sel=claim-us-data-stored-in-us&focus=tiktok&hops=3&exp=beijing,bytedance*2' +
        '&hide=oracle,us-user-data&pin=trump&pa=tiktok&pb=cfius&pclaims=1&from=2020-01-01&to=2021-12-31' +
        '&undated=0&est=0&src=s001,s002&min=2&xt=place&xp=about,related_to&read=s001&at=120-180' +
        '&vp=1.5,-340,120',
    );
  });

  it('gives one URL per view whatever order the link was written in', () => {
    const a = decode('from=2021-09-01&hops=2&focus=tiktok').state;
    const b = decode('?v=1&focus=tiktok&hops=02&from=2021-09-01').state;
    expect(encodeViewState(a)).toBe('v=1&focus=tiktok&hops=2&from=2021-09-01');
    expect(encodeViewState(b)).toBe(encodeViewState(a));
  });

  it('sorts and deduplicates lists', () => {
    expect(encodeViewState(view({ hidden: ['c', 'a', 'b', 'a'] }))).toBe('v=1&hide=a,b,c');
  });

  it('writes `id*pages` only past the first page', () => {
    const expanded = [
      { id: 'x', pages: 1 },
      { id: 'y', pages: 4 },
    ];
    expect(encodeViewState(view({ expanded }))).toBe('v=1&exp=x,y*4');
  });

  it('percent-encodes ids outside the unreserved set, separators included', () => {
    expect(encodeViewState(view({ selected: 'a,b' }))).toBe('v=1&sel=a%2Cb');
    expect(encodeViewState(view({ hidden: ['x*2', 'née'] }))).toBe('v=1&hide=n%C3%A9e,x%2A2');
    expect(encodeViewState(view({ focus: "it's(1)!" }))).toBe('v=1&focus=it%27s%281%29%21');
  });

  it('writes a re-layout as its entities, with the rounds past the first', () => {
    const layout = { nodes: ['c', 'a', 'b*'], rounds: 1 };
    expect(encodeViewState(view({ layout }))).toBe('v=1&lay=a,b%2A,c');
    expect(encodeViewState(view({ layout: { ...layout, rounds: 3 } }))).toBe('v=1&lay=3*a,b%2A,c');
    expect(encodeViewState(view({ layout: { nodes: [], rounds: 2 } }))).toBe('');
    expect(decode('lay=3*a,b%2A,c').state.layout).toEqual({ nodes: ['a', 'b*', 'c'], rounds: 3 });
    expect(decode('lay=99*a').state.layout).toEqual({ nodes: ['a'], rounds: 20 });
  });

  it('writes an empty source list as `src=` and "all sources" as nothing', () => {
    expect(encodeViewState(view({ sources: [] }))).toBe('v=1&src=');
    expect(encodeViewState(view({ sources: null }))).toBe('');
  });

  it('writes a reader position as start or start-end, only with a reader', () => {
    expect(encodeViewState(view({ readerSource: 's1', readerStart: 5 }))).toBe('v=1&read=s1&at=5');
    expect(encodeViewState(view({ readerStart: 5, readerEnd: 9 }))).toBe('');
  });

  it('rounds the viewport to its fixed decimals', () => {
    const viewport = { zoom: 1.23456, panX: 10.4, panY: -20.6 };
    expect(encodeViewState(view({ viewport }))).toBe('v=1&vp=1.235,10,-21');
    expect(encodeViewState(view({ viewport: { zoom: 2, panX: -0.2, panY: 0 } }))).toBe(
      'v=1&vp=2,0,0',
    );
  });

  it('appends app flags after the view, without a version when alone', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE, { embed: true })).toBe('embed=1');
    expect(encodeViewState(view({ focus: 'a' }), { embed: true })).toBe('v=1&focus=a&embed=1');
    expect(encodeViewState(view({ focus: 'a' }), { embed: false })).toBe('v=1&focus=a');
  });
});

describe('decodeViewState: reading links', () => {
  it('reads the default view from an empty query, with or without `?`', () => {
    for (const search of ['', '?', '?&&', '&']) {
      const result = decode(search);
      expect(result.state).toEqual(DEFAULT_VIEW_STATE);
      expect(result.dropped).toEqual([]);
      expect(result.notices).toEqual([]);
    }
  });

  it('reads a pinned URL back to its state', () => {
    const result = decode('?v=1&focus=tiktok&hops=2&from=2021-09-01');
    expect(result.state).toEqual(view({ focus: 'tiktok', hops: 2, dateFrom: '2021-09-01' }));
    expect(result.version).toBe(1);
  });

  it('expands partial dates to the first day (from) and the last day (to)', () => {
    expect(decode('from=2021&to=2021').state).toMatchObject({
      dateFrom: '2021-01-01',
      dateTo: '2021-12-31',
    });
    expect(decode('from=2021-02&to=2021-02').state).toMatchObject({
      dateFrom: '2021-02-01',
      dateTo: '2021-02-28',
    });
    expect(decode('to=2020-02').state.dateTo).toBe('2020-02-29');
    expect(encodeViewState(decode('from=2021').state)).toBe('v=1&from=2021-01-01');
  });

  it('reads the `embed` flag apart from the view', () => {
    const result = decode('focus=a&embed=1');
    expect(result.flags).toEqual({ embed: true });
    expect(result.state).toEqual(view({ focus: 'a' }));
    expect(decodeFlags('?embed=1')).toEqual({ embed: true });
    expect(decodeFlags('embed=0')).toEqual({ embed: false });
    expect(decodeFlags('')).toEqual({ embed: false });
  });

  it('decodes percent-encoded ids and keys', () => {
    expect(decode('sel=a%2Cb').state.selected).toBe('a,b');
    expect(decode('%73el=tiktok').state.selected).toBe('tiktok');
    expect(decode('hide=n%C3%A9e,x%2A2').state.hidden).toEqual(['née', 'x*2']);
    expect(decode('exp=x%2A2*3').state.expanded).toEqual([{ id: 'x*2', pages: 3 }]);
  });

  it('reads `src=` as no source and an absent `src` as every source', () => {
    expect(decode('src=').state.sources).toEqual([]);
    expect(decode('').state.sources).toBeNull();
  });
});

describe('decodeViewState: the graph context', () => {
  const formerIds: Record<string, string> = { 'old-tiktok': 'tiktok' };
  const current = new Set(['tiktok', 'bytedance', 'oracle', 'claim-1']);
  const ctx: DecodeContext = {
    knownIds: (id) => (current.has(id) ? id : (formerIds[id] ?? null)),
    knownSources: ['s1', 's2'],
    knownTypes: ['person', 'place'],
    knownPredicates: ['owns'],
  };

  it('resolves former ids to current ones and says so', () => {
    const result = decode('focus=old-tiktok&hide=oracle', ctx);
    expect(result.state.focus).toBe('tiktok');
    expect(result.notices).toContainEqual(
      expect.objectContaining({ type: 'renamed', renames: [{ from: 'old-tiktok', to: 'tiktok' }] }),
    );
    expect(result.dropped).toEqual([]);
  });

  it('merges a former id with its current one in a list', () => {
    expect(decode('pin=old-tiktok,tiktok', ctx).state.pinned).toEqual(['tiktok']);
    expect(decode('exp=old-tiktok*2,tiktok*3', ctx).state.expanded).toEqual([
      { id: 'tiktok', pages: 2 },
    ]);
  });

  it('drops ids the graph no longer has, one by one', () => {
    const result = decode('sel=gone&hide=oracle,ghost,bytedance&pa=tiktok&pb=nowhere', ctx);
    expect(result.state).toEqual(view({ hidden: ['bytedance', 'oracle'], pathFrom: 'tiktok' }));
    expect(result.dropped).toEqual([
      { key: 'sel', value: 'gone', reason: 'unknown-id' },
      { key: 'hide', value: 'ghost', reason: 'unknown-id' },
      { key: 'pb', value: 'nowhere', reason: 'unknown-id' },
    ]);
  });

  it('checks sources, types and predicates against their lists', () => {
    const result = decode('src=s1,s9&xt=person,alien&xp=owns,eats&read=s9&at=1-2', ctx);
    expect(result.state).toEqual(
      view({ sources: ['s1'], hiddenEntityTypes: ['person'], hiddenPredicates: ['owns'] }),
    );
    expect(result.dropped.map((d) => `${d.key}:${d.value}`)).toEqual([
      'src:s9',
      'xt:alien',
      'xp:eats',
      'read:s9',
    ]);
  });

  it('spells "every source checked" as no `src` at all', () => {
    expect(decode('src=s2,s1', ctx).state.sources).toBeNull();
    expect(decode('src=s1', ctx).state.sources).toEqual(['s1']);
  });

  it('falls back to every source when none of the listed sources is known', () => {
    const result = decode('src=s8,s9', ctx);
    expect(result.state.sources).toBeNull();
    expect(result.dropped).toHaveLength(2);
  });

  it('never throws, even when the context does', () => {
    const throwing: DecodeContext = {
      knownIds: () => {
        throw new Error('boom');
      },
    };
    const result = decode('focus=a', throwing);
    expect(result.state).toEqual(DEFAULT_VIEW_STATE);
    expect(result.notices.map((n) => n.type)).toEqual(['unreadable']);
  });
});

describe('splitQuery', () => {
  it('splits pairs, keeping values encoded and reading a bare key as empty', () => {
    expect(splitQuery('?a=1&b&&c=x%2Cy=z').pairs).toEqual([
      { key: 'a', raw: '1' },
      { key: 'b', raw: '' },
      { key: 'c', raw: 'x%2Cy=z' },
    ]);
  });
});
