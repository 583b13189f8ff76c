import { describe, expect, it } from 'vitest';
import urlFormat from '../../docs/url-format.md?raw';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState/viewState';
import { decodeViewState, encodeViewState } from './codec';
import { sanitizeViewState } from '../viewState/canonical';
import { FLAG_KEYS, URL_KEYS, VERSION_KEY } from './keys';
import { compareText } from '../viewState/ids';
import {
  MAX_ID_LENGTH,
  MAX_LAYOUT_ROUNDS,
  MAX_LIST_ITEMS,
  MAX_OFFSET,
  MAX_PAGES,
} from '../viewState/limits';
import { MAX_QUERY_LENGTH } from './limits';

describe('the key table', () => {
  const names = [VERSION_KEY, ...URL_KEYS.map((k) => k.name), ...FLAG_KEYS.map((f) => f.name)];

  it('has unique, short, URL-safe names', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]{1,8}$/);
  });

  it('writes nothing for any default', () => {
    for (const key of URL_KEYS) expect(key.formatFrom(DEFAULT_VIEW_STATE)).toBeNull();
  });

  it('is documented key by key in docs/url-format.md', () => {
    for (const name of names) expect(urlFormat).toContain(`| \`${name}\``);
  });
});

describe('the caps fit together', () => {
  // The largest view the caps allow: every list full of the longest ids, every number widest.
  const longId = (tag: string, i: number) => `${tag}${i}-`.padEnd(MAX_ID_LENGTH, 'x');
  const ids = (tag: string) =>
    Array.from({ length: MAX_LIST_ITEMS }, (_, i) => longId(tag, i)).sort(compareText);
  const largest: ViewState = {
    selected: longId('s', 0),
    focus: longId('f', 0),
    hops: 3,
    expanded: ids('e').map((id) => ({ id, pages: MAX_PAGES })),
    hidden: ids('h'),
    pinned: ids('p'),
    pathFrom: longId('a', 0),
    pathTo: longId('b', 0),
    dateFrom: '2020-01-01',
    dateTo: '2021-12-31',
    pathThroughClaims: true,
    includeUndated: false,
    includeEstimated: false,
    sources: ids('c'),
    minSources: 99,
    hiddenEntityTypes: ids('t'),
    hiddenPredicates: ids('r'),
    readerSource: longId('r', 0),
    readerStart: MAX_OFFSET - 1,
    readerEnd: MAX_OFFSET,
    layout: { nodes: ids('l'), rounds: MAX_LAYOUT_ROUNDS },
    viewport: { zoom: 12.345, panX: -999_999, panY: -999_999 },
  };

  it('so the longest canonical link is read in full', () => {
    expect(sanitizeViewState(largest)).toEqual(largest);
    const url = encodeViewState(largest, { embed: true });
    expect(url.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    const result = decodeViewState(url);
    expect(result.state).toEqual(largest);
    expect(result.notices).toEqual([]);
  });
});
