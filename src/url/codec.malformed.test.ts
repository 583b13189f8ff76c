// Every kind of bad value: each is dropped (or clamped) on its own and the rest restores.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState/viewState';
import { decodeViewState, encodeViewState } from './codec';
import { MAX_ID_LENGTH, MAX_LIST_ITEMS } from '../viewState/limits';
import { MAX_QUERY_LENGTH, MAX_REPORTED_PROBLEMS } from './limits';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

/** Decodes with `focus=f` alongside, to show the rest of the link survives the bad value. */
function decodeWithFocus(search: string) {
  const result = decodeViewState(`focus=f&${search}`);
  expect(result.state.focus).toBe('f');
  return result;
}

describe('numbers', () => {
  it.each([
    ['hops=abc'],
    ['hops='],
    ['hops=-1'],
    ['hops=2.5'],
    ['hops=+2'],
    ['hops=0x2'],
    ['hops=%E0%A4%A'],
  ])('drops a malformed hops: %s', (search) => {
    const result = decodeWithFocus(search);
    expect(result.state.hops).toBe(1);
    expect(result.dropped).toEqual([expect.objectContaining({ key: 'hops', reason: 'malformed' })]);
  });

  it.each([
    ['hops=0', 1],
    ['hops=7', 3],
    ['hops=99999999999999999999999', 3],
    [`hops=${'9'.repeat(400)}`, 3],
  ])('clamps an out-of-range hops: %s', (search, hops) => {
    const result = decodeWithFocus(search);
    expect(result.state.hops).toBe(hops);
    expect(result.dropped).toEqual([]);
  });

  it('ignores hops without a focus (it would mean nothing)', () => {
    expect(decodeViewState('hops=3').state).toEqual(DEFAULT_VIEW_STATE);
  });

  it.each([
    ['min=0', 1],
    ['min=100', 99],
    ['min=5', 5],
  ])('clamps min: %s', (search, min) => {
    expect(decodeViewState(search).state.minSources).toBe(min);
  });

  it.each(['min=abc', 'min=1.5', 'min=-3'])('drops a malformed min: %s', (search) => {
    const result = decodeViewState(search);
    expect(result.state.minSources).toBe(1);
    expect(result.dropped).toHaveLength(1);
  });
});

describe('dates', () => {
  it.each([
    'from=2021-13-01',
    'from=2021-02-30',
    'from=2021-00',
    'from=21',
    'from=2021-1-1',
    'from=20210901',
    'from=abcd',
    'from=',
    'from=-2021',
    'from=2021-09-01T00:00',
  ])('drops a malformed date: %s', (search) => {
    const result = decodeWithFocus(search);
    expect(result.state.dateFrom).toBeNull();
    expect(result.dropped).toEqual([expect.objectContaining({ key: 'from', reason: 'malformed' })]);
  });

  it('accepts leap days only in leap years', () => {
    expect(decodeViewState('from=2020-02-29').state.dateFrom).toBe('2020-02-29');
    expect(decodeViewState('from=2000-02-29').state.dateFrom).toBe('2000-02-29');
    expect(decodeViewState('from=1900-02-29').state.dateFrom).toBeNull();
  });

  it('swaps a reversed range of days', () => {
    const { state, dropped } = decodeViewState('from=2022-03-01&to=2021-05-01');
    expect([state.dateFrom, state.dateTo]).toEqual(['2021-05-01', '2022-03-01']);
    expect(dropped).toEqual([]);
  });

  it('swaps a reversed range of years as written, before expanding', () => {
    const { state } = decodeViewState('from=2022&to=2021');
    expect([state.dateFrom, state.dateTo]).toEqual(['2021-01-01', '2022-12-31']);
  });

  it('does not swap overlapping periods', () => {
    const { state } = decodeViewState('from=2021-06&to=2021');
    expect([state.dateFrom, state.dateTo]).toEqual(['2021-06-01', '2021-12-31']);
  });

  it('keeps a good bound when the other one is bad', () => {
    const { state } = decodeViewState('from=2022&to=2021-13');
    expect([state.dateFrom, state.dateTo]).toEqual(['2022-01-01', null]);
  });

  it('reads `undated` as 0 or 1 only', () => {
    expect(decodeViewState('undated=0').state.includeUndated).toBe(false);
    expect(decodeViewState('undated=1').state.includeUndated).toBe(true);
    const result = decodeViewState('undated=no');
    expect(result.state.includeUndated).toBe(true);
    expect(result.dropped).toHaveLength(1);
  });
});

describe('viewport and reader span', () => {
  it.each([
    'vp=1,2',
    'vp=1,2,3,4',
    'vp=0,0,0',
    'vp=-1,0,0',
    'vp=a,b,c',
    'vp=1e5,0,0',
    'vp=1,,2',
    'vp=',
    `vp=${'9'.repeat(400)},0,0`,
  ])('drops a malformed viewport: %s', (search) => {
    const result = decodeWithFocus(search);
    expect(result.state.viewport).toBeNull();
    expect(result.dropped).toEqual([expect.objectContaining({ key: 'vp', reason: 'malformed' })]);
  });

  it('clamps and rounds a viewport', () => {
    expect(decodeViewState('vp=1000,5,5').state.viewport).toEqual({ zoom: 100, panX: 5, panY: 5 });
    expect(decodeViewState('vp=0.0001,-5.5,99999999').state.viewport).toEqual({
      zoom: 0.01,
      panX: -5,
      panY: 1_000_000,
    });
    expect(decodeViewState('vp=1,-0,-0.4').state.viewport).toEqual({ zoom: 1, panX: 0, panY: 0 });
  });

  it('reads a span only with a reader source, swapping a reversed one', () => {
    expect(decodeViewState('at=1-2').state).toEqual(DEFAULT_VIEW_STATE);
    expect(decodeViewState('read=s1&at=9-2').state).toMatchObject({ readerStart: 2, readerEnd: 9 });
    expect(decodeViewState('read=s1&at=7').state).toMatchObject({
      readerStart: 7,
      readerEnd: null,
    });
  });

  it.each(['at=abc', 'at=1-', 'at=-5', 'at=1-2-3', 'at=99999999999', 'at=1-99999999999'])(
    'drops a malformed span: %s',
    (search) => {
      const result = decodeViewState(`read=s1&${search}`);
      expect(result.state).toEqual(view({ readerSource: 's1' }));
      expect(result.dropped).toEqual([expect.objectContaining({ key: 'at', reason: 'malformed' })]);
    },
  );
});

describe('ids and lists', () => {
  it('drops a malformed or over-long id on its own', () => {
    const long = 'a'.repeat(MAX_ID_LENGTH + 1);
    const result = decodeViewState(`sel=${long}&focus=a%20b&pa=%E0%A4%A&pb=ok`);
    expect(result.state).toEqual(view({ pathTo: 'ok' }));
    expect(result.dropped.map((d) => [d.key, d.reason])).toEqual([
      ['sel', 'too-long'],
      ['focus', 'malformed'],
      ['pa', 'malformed'],
    ]);
  });

  it('counts id length in encoded characters', () => {
    expect(decodeViewState(`sel=${'a'.repeat(MAX_ID_LENGTH)}`).state.selected).toHaveLength(80);
    const result = decodeViewState(`sel=${'%C3%A9'.repeat(14)}`); // 14 × é = 84 encoded characters
    expect(result.dropped).toEqual([expect.objectContaining({ reason: 'too-long' })]);
  });

  it('drops bad list items one by one, keeping the rest', () => {
    const result = decodeViewState('hide=a,%E0%A4%A,b,c%20d,,a');
    expect(result.state.hidden).toEqual(['a', 'b']);
    expect(result.dropped.map((d) => d.value)).toEqual(['%E0%A4%A', 'c d']);
  });

  it('reads empty lists as empty', () => {
    for (const search of ['hide=', 'hide=,,,', 'exp=', 'xt=', 'pin=,']) {
      const result = decodeViewState(search);
      expect(result.state).toEqual(DEFAULT_VIEW_STATE);
      expect(result.dropped).toEqual([]);
    }
  });

  it('drops malformed expansions and clamps pages', () => {
    const result = decodeViewState('exp=a*x,b*,c*0,d*1000,e*2*3,f');
    expect(result.state.expanded).toEqual([
      { id: 'c', pages: 1 },
      { id: 'd', pages: 99 },
      { id: 'e*2', pages: 3 },
      { id: 'f', pages: 1 },
    ]);
    expect(result.dropped.map((d) => d.value)).toEqual(['a*x', 'b*']);
  });

  it(`keeps at most ${MAX_LIST_ITEMS} ids per list`, () => {
    const ids = Array.from({ length: MAX_LIST_ITEMS + 7 }, (_, i) => `id${i}`);
    const result = decodeViewState(`pin=${ids.join(',')}`);
    expect(result.state.pinned).toHaveLength(MAX_LIST_ITEMS);
    expect(result.dropped).toEqual([{ key: 'pin', value: '7 more', reason: 'too-many' }]);
  });

  it('treats `+` as a space, which no id may contain', () => {
    expect(decodeViewState('sel=a+b').dropped).toEqual([
      { key: 'sel', value: 'a b', reason: 'malformed' },
    ]);
  });
});

describe('keys', () => {
  it('keeps the first of duplicated keys and reports the rest', () => {
    const result = decodeViewState('focus=a&focus=b&hide=x&hide=y');
    expect(result.state).toEqual(view({ focus: 'a', hidden: ['x'] }));
    expect(result.dropped).toEqual([
      { key: 'focus', value: 'b', reason: 'duplicate-key' },
      { key: 'hide', value: 'y', reason: 'duplicate-key' },
    ]);
  });

  it('ignores unknown keys and lists them in a notice', () => {
    const result = decodeViewState('utm_source=news&focus=a&%E0%A4%A=1&Focus=b&%2541=1');
    expect(result.state).toEqual(view({ focus: 'a' }));
    expect(result.dropped).toEqual([]);
    expect(result.notices).toEqual([
      expect.objectContaining({
        type: 'ignored-keys',
        keys: ['utm_source', '%E0%A4%A', 'Focus', '%41'],
      }),
    ]);
  });

  it('restores what it understands from a newer version, and says so', () => {
    const result = decodeViewState('v=2&focus=a&lens=timeline');
    expect(result.version).toBe(2);
    expect(result.state).toEqual(view({ focus: 'a' }));
    expect(result.notices.map((n) => n.type)).toEqual(['newer-version', 'ignored-keys']);
    expect(result.notices[0]?.message).toMatch(
      /newer version; restored what this version understands/,
    );
  });

  it.each(['v=abc', 'v=0', 'v=', 'v=1.5'])('drops a malformed version: %s', (search) => {
    const result = decodeViewState(`${search}&focus=a`);
    expect(result.version).toBe(1);
    expect(result.state.focus).toBe('a');
    expect(result.dropped).toEqual([expect.objectContaining({ key: 'v', reason: 'malformed' })]);
  });

  it('drops a malformed flag', () => {
    const result = decodeViewState('embed=yes');
    expect(result.flags.embed).toBe(false);
    expect(result.dropped).toEqual([{ key: 'embed', value: 'yes', reason: 'malformed' }]);
  });
});

describe('prototype pollution', () => {
  it('leaves Object.prototype untouched whatever the keys and values', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = decodeViewState(
      '__proto__=x&constructor=y&prototype=z&__proto__[polluted]=1&toString=1&hasOwnProperty=1' +
        '&sel=__proto__&hide=__proto__,constructor,prototype&exp=__proto__*2&src=__proto__' +
        '&xt=constructor&xp=hasOwnProperty',
      { knownSources: ['__proto__'], knownTypes: ['constructor'], knownPredicates: [] },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.state)).toBe(Object.prototype);
    expect(result.state.hidden).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(result.state.sources).toBeNull(); // the one known source: "all"
    expect(result.state.hiddenEntityTypes).toEqual(['constructor']);
    expect(result.notices[0]).toMatchObject({ type: 'ignored-keys' });
  });
});

describe('size caps', () => {
  it('reads only the first MAX_QUERY_LENGTH characters, up to a whole pair', () => {
    const search = `focus=a&x=${'y'.repeat(MAX_QUERY_LENGTH)}&sel=b`;
    const result = decodeViewState(search);
    expect(result.state).toEqual(view({ focus: 'a' }));
    expect(result.notices).toEqual([
      expect.objectContaining({ type: 'truncated', length: search.length }),
    ]);
  });

  it('lists only the first problems but counts them all', () => {
    const bad = Array.from({ length: 300 }, (_, i) => `%ZZ${i}`);
    const result = decodeViewState(`hide=${bad.join(',')}`);
    expect(result.dropped).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(result.droppedTotal).toBe(300);
  });

  it('quotes long bad values shortened', () => {
    const result = decodeViewState(`hops=${'x'.repeat(500)}`);
    expect(result.dropped[0]?.value).toHaveLength(101);
  });

  it.each([
    ['2 kB', 2_000],
    ['100 kB', 100_000],
    ['2 MB', 2_000_000],
  ])('decodes %s of garbage without throwing, quickly', (_, size) => {
    const pieces = [
      'hide=',
      'a,',
      '%',
      '%E0%A4%A',
      '&',
      '=',
      'exp=',
      'x*9,',
      '\uD800',
      'vp=1,2,3&',
    ];
    const shapes = [
      'x'.repeat(size),
      '%'.repeat(size),
      '&'.repeat(size),
      `hide=${'a,'.repeat(size / 2)}`,
      `exp=${'b*2,'.repeat(size / 4)}`,
      `sel=${'z'.repeat(size)}`,
      Array.from({ length: size / 4 }, (_, i) => pieces[(i * 7919) % pieces.length]).join(''),
    ];
    for (const search of shapes) {
      const started = performance.now();
      const result = decodeViewState(search);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(encodeViewState(result.state)).toBe(
        encodeViewState(decodeViewState(encodeViewState(result.state)).state),
      );
    }
  });
});
