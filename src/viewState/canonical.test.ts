import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, type ViewState } from './viewState';
import { clampInteger, roundTo, sanitizeViewState } from './canonical';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });
const clean = (patch: Partial<ViewState>) => sanitizeViewState(view(patch));

describe('sanitizeViewState', () => {
  it('cleans a view once: what it made passes through again, frozen', () => {
    const once = clean({ hidden: ['b', 'a'], expanded: [{ id: 'c', pages: 2 }] });
    expect(sanitizeViewState(once)).toBe(once);
    expect(sanitizeViewState(DEFAULT_VIEW_STATE)).toBe(DEFAULT_VIEW_STATE);
    expect(Object.isFrozen(once) && Object.isFrozen(once.hidden)).toBe(true);
    expect(Object.isFrozen(once.expanded[0])).toBe(true);
    expect(() => once.hidden.push('x')).toThrow(TypeError);
    // A view it did not make is cleaned, even one equal to a canonical view.
    const copy = { ...once, hidden: [...once.hidden] };
    expect(sanitizeViewState(copy)).not.toBe(copy);
    expect(sanitizeViewState(copy)).toEqual(once);
  });

  it('keeps the default view as it is', () => {
    expect(sanitizeViewState(DEFAULT_VIEW_STATE)).toEqual(DEFAULT_VIEW_STATE);
  });

  it('resets hops without a focus and clamps it with one', () => {
    expect(clean({ hops: 3 }).hops).toBe(1);
    expect(clean({ focus: 'a', hops: 9 }).hops).toBe(3);
    expect(clean({ focus: 'a', hops: 0 }).hops).toBe(1);
    expect(clean({ focus: 'a', hops: Number.NaN }).hops).toBe(1);
    expect(clean({ focus: 'a', hops: 2.4 }).hops).toBe(2);
  });

  it('lets focus and path endpoints win over hidden, and hidden over the rest', () => {
    const result = clean({
      focus: 'f',
      pathFrom: 'p',
      pathTo: 'q',
      hidden: ['f', 'p', 'q', 'h'],
      pinned: ['h', 'k'],
      expanded: [
        { id: 'h', pages: 2 },
        { id: 'k', pages: 1 },
      ],
      selected: 'h',
    });
    expect(result).toMatchObject({
      hidden: ['h'],
      pinned: ['k'],
      expanded: [{ id: 'k', pages: 1 }],
      selected: null,
    });
  });

  it('drops a path end equal to the other', () => {
    expect(clean({ pathFrom: 'a', pathTo: 'a' })).toMatchObject({ pathFrom: 'a', pathTo: null });
    expect(clean({ pathTo: 'b' })).toMatchObject({ pathFrom: null, pathTo: 'b' });
  });

  it('merges duplicate expansions, keeping the most pages', () => {
    const expanded = [
      { id: 'b', pages: 2 },
      { id: 'a', pages: 1 },
      { id: 'b', pages: 5 },
      { id: 'c', pages: 0 },
    ];
    expect(clean({ expanded }).expanded).toEqual([
      { id: 'a', pages: 1 },
      { id: 'b', pages: 5 },
      { id: 'c', pages: 1 },
    ]);
  });

  it('drops invalid ids and days', () => {
    expect(
      clean({ selected: '', focus: 'a b', hidden: ['ok', '', 'x\n'], dateFrom: '2021-02-30' }),
    ).toMatchObject({ selected: null, focus: null, hidden: ['ok'], dateFrom: null });
    expect(clean({ hidden: ['\uD800'] }).hidden).toEqual([]);
  });

  it('swaps reversed dates and reader spans; a span needs a source', () => {
    expect(clean({ dateFrom: '2022-01-01', dateTo: '2021-01-01' })).toMatchObject({
      dateFrom: '2021-01-01',
      dateTo: '2022-01-01',
    });
    expect(clean({ readerSource: 's', readerStart: 9, readerEnd: 3 })).toMatchObject({
      readerStart: 3,
      readerEnd: 9,
    });
    expect(clean({ readerStart: 1, readerEnd: 2 })).toMatchObject({
      readerStart: null,
      readerEnd: null,
    });
    expect(clean({ readerSource: 's', readerEnd: 2 })).toMatchObject({
      readerStart: null,
      readerEnd: null,
    });
    expect(clean({ readerSource: 's', readerStart: -1 }).readerStart).toBeNull();
    expect(clean({ readerSource: 's', readerStart: 1.5 }).readerStart).toBeNull();
  });

  it('reads a reader offset of -0 as 0, so a second pass changes nothing (found by fast-check)', () => {
    const once = sanitizeViewState({
      ...DEFAULT_VIEW_STATE,
      readerSource: 'a',
      readerStart: -0,
    } as ViewState);
    expect(Object.is(once.readerStart, 0)).toBe(true);
    expect(sanitizeViewState(once)).toEqual(once);
  });

  it('sorts a re-layout’s entities, clamps its rounds, and drops one of no entity', () => {
    expect(clean({ layout: { nodes: ['b', 'a', 'b', ''], rounds: 0 } }).layout).toEqual({
      nodes: ['a', 'b'],
      rounds: 1,
    });
    expect(clean({ layout: { nodes: ['a'], rounds: 2.6 } }).layout?.rounds).toBe(3);
    expect(clean({ layout: { nodes: ['a'], rounds: 1e6 } }).layout?.rounds).toBe(20);
    expect(clean({ layout: { nodes: [''], rounds: 2 } }).layout).toBeNull();
  });

  it('rounds and clamps the viewport, dropping a non-finite one', () => {
    expect(clean({ viewport: { zoom: 0.0004, panX: 2e7, panY: -0.3 } }).viewport).toEqual({
      zoom: 0.01,
      panX: 1_000_000,
      panY: 0,
    });
    expect(clean({ viewport: { zoom: Infinity, panX: 0, panY: 0 } }).viewport).toBeNull();
    expect(clean({ viewport: { zoom: 0, panX: 0, panY: 0 } }).viewport).toBeNull();
  });

  it('keeps an empty source list (nothing checked) apart from null (everything)', () => {
    expect(clean({ sources: [] }).sources).toEqual([]);
    expect(clean({ sources: null }).sources).toBeNull();
    expect(clean({ sources: ['b', 'a', 'b'] }).sources).toEqual(['a', 'b']);
  });

  it('clamps minSources', () => {
    expect(clean({ minSources: 0 }).minSources).toBe(1);
    expect(clean({ minSources: 1e9 }).minSources).toBe(99);
  });

  it('does not change its input', () => {
    const input = view({ hidden: ['b', 'a'] });
    sanitizeViewState(input);
    expect(input.hidden).toEqual(['b', 'a']);
  });
});

describe('number helpers', () => {
  it('clamps integers, turning NaN into the fallback and -0 into 0', () => {
    expect(clampInteger(Infinity, 1, 3, 1)).toBe(3);
    expect(clampInteger(-Infinity, 1, 3, 2)).toBe(1);
    expect(clampInteger(Number.NaN, 1, 3, 2)).toBe(2);
    expect(clampInteger('2', 1, 3, 1)).toBe(1);
    expect(Object.is(clampInteger(-0.2, -5, 5, 1), 0)).toBe(true);
  });

  it('rounds to decimals without -0', () => {
    expect(roundTo(1.23456, 3)).toBe(1.235);
    expect(Object.is(roundTo(-0.0001, 3), 0)).toBe(true);
  });
});
