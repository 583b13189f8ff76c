// fast-check arbitraries for the codec's property tests (test-only; imported by *.test.ts).
import fc from 'fast-check';
import { MAX_HOPS, MIN_HOPS, type ViewState } from '../viewState/viewState';
import { URL_KEYS } from './keys';
import {
  MAX_LAYOUT_ROUNDS,
  MAX_OFFSET,
  MAX_PAGES,
  MAX_PAN,
  MAX_SOURCES_LIMIT,
} from '../viewState/limits';
import { compareText, isValidId } from '../viewState/ids';

/** Ids as the data format writes them. A few fixed ones make collisions (hidden vs pinned…) common. */
export const slugArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('a', 'b', 'tiktok', 'bytedance', 'us-user-data'),
  fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).filter((s) => s.length <= 80),
);

/** Any id the codec accepts, including ones that need percent-encoding. */
export const anyIdArb: fc.Arbitrary<string> = fc.oneof(
  slugArb,
  fc.string({ minLength: 1, maxLength: 12, unit: 'binary' }).filter(isValidId),
  fc.constantFrom('a,b', 'x*2', 'née', '__proto__', 'constructor', 'a%2Cb', 'ü+ö', "it's(1)!"),
);

const sortedUnique = (ids: readonly string[]) => [...new Set(ids)].sort(compareText);

const dayArb = fc
  .date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const offsetArb = fc.integer({ min: 0, max: MAX_OFFSET });

/** A canonical ViewState: every invariant of sanitizeViewState already holds. */
export function validViewStateArb(idArb: fc.Arbitrary<string> = slugArb): fc.Arbitrary<ViewState> {
  const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
  const ids = fc.array(idArb, { maxLength: 6 });
  return fc
    .record({
      selected: opt(idArb),
      focus: opt(idArb),
      hops: fc.integer({ min: MIN_HOPS, max: MAX_HOPS }),
      expanded: fc.array(fc.record({ id: idArb, pages: fc.integer({ min: 1, max: MAX_PAGES }) }), {
        maxLength: 4,
      }),
      hidden: ids,
      pinned: ids,
      pathFrom: opt(idArb),
      pathTo: opt(idArb),
      dates: fc.tuple(opt(dayArb), opt(dayArb)),
      includeUndated: fc.boolean(),
      includeEstimated: fc.boolean(),
      pathThroughClaims: fc.boolean(),
      sources: opt(ids),
      minSources: fc.integer({ min: 1, max: MAX_SOURCES_LIMIT }),
      hiddenEntityTypes: ids,
      hiddenPredicates: ids,
      reader: opt(fc.tuple(idArb, opt(fc.tuple(offsetArb, opt(offsetArb))))),
      layout: opt(
        fc.record({
          nodes: fc.array(idArb, { minLength: 1, maxLength: 6 }),
          rounds: fc.integer({ min: 1, max: MAX_LAYOUT_ROUNDS }),
        }),
      ),
      viewport: opt(
        fc.record({
          zoom: fc.integer({ min: 10, max: 100_000 }).map((k) => k / 1000),
          panX: fc.integer({ min: -MAX_PAN, max: MAX_PAN }),
          panY: fc.integer({ min: -MAX_PAN, max: MAX_PAN }),
        }),
      ),
    })
    .map((r): ViewState => {
      const pathTo = r.pathTo === r.pathFrom ? null : r.pathTo;
      const named = new Set([r.focus, r.pathFrom, pathTo]);
      const hidden = sortedUnique(r.hidden.filter((id) => !named.has(id)));
      const visible = (id: string) => !hidden.includes(id);
      const pages = new Map<string, number>();
      for (const e of r.expanded)
        if (visible(e.id)) pages.set(e.id, Math.max(e.pages, pages.get(e.id) ?? 1));
      const [a, b] = r.dates;
      const [dateFrom, dateTo] = a !== null && b !== null && a > b ? [b, a] : [a, b];
      const [readerSource, span] = r.reader ?? [null, null];
      const [s = null, e = null] = span ?? [];
      const [readerStart, readerEnd] = s !== null && e !== null && e < s ? [e, s] : [s, e];
      return {
        selected: r.selected !== null && hidden.includes(r.selected) ? null : r.selected,
        focus: r.focus,
        hops: r.focus === null ? 1 : r.hops,
        expanded: [...pages.keys()]
          .sort(compareText)
          .map((id) => ({ id, pages: pages.get(id) ?? 1 })),
        hidden,
        pinned: sortedUnique(r.pinned.filter(visible)),
        pathFrom: r.pathFrom,
        pathTo,
        pathThroughClaims: r.pathThroughClaims,
        dateFrom,
        dateTo,
        includeUndated: r.includeUndated,
        includeEstimated: r.includeEstimated,
        sources: r.sources && sortedUnique(r.sources),
        minSources: r.minSources,
        hiddenEntityTypes: sortedUnique(r.hiddenEntityTypes),
        hiddenPredicates: sortedUnique(r.hiddenPredicates),
        readerSource,
        readerStart,
        readerEnd,
        layout: r.layout && { nodes: sortedUnique(r.layout.nodes), rounds: r.layout.rounds },
        viewport: r.viewport,
      };
    });
}

const KEY_NAMES = ['v', 'embed', ...URL_KEYS.map((k) => k.name)];

const fragmentArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 6 }),
  slugArb,
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    '%',
    '%E0%A4%A',
    '%ZZ',
    '%C3%A9',
    '%2C',
    '%2A',
    '+',
    '*',
    '*0',
    '*999',
    ',',
    ',,',
    '-',
    '.',
    '2021',
    '2021-09',
    '2021-13-01',
    '2020-02-29',
    '0000',
    '1,2,3',
    '0,0,0',
    '\uD800',
    '__proto__',
  ),
);

const numberTextArb = fc.oneof(
  fc.integer({ min: -5, max: 120 }).map(String),
  fc.double({ noNaN: true }).map(String),
  fc.constantFrom('0', '00', '3', '99999999999999999999', '1.5', '-0'),
);
const listOf = (arb: fc.Arbitrary<string>) =>
  fc.array(arb, { maxLength: 4 }).map((xs) => xs.join(','));
const dateTextArb = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .chain(([y, m, d]) => {
    const yy = String(y).padStart(4, '0');
    const mm = String(m).padStart(2, '0');
    return fc.constantFrom(yy, `${yy}-${mm}`, `${yy}-${mm}-${String(d).padStart(2, '0')}`);
  });

/** Values a key could plausibly carry, good and bad, so every parser sees both. */
const plausibleValueArb = (key: string): fc.Arbitrary<string> => {
  const id = fc.oneof(slugArb, fragmentArb);
  const byKey: Record<string, fc.Arbitrary<string>> = {
    hops: numberTextArb,
    min: numberTextArb,
    v: numberTextArb,
    undated: fc.constantFrom('0', '1', '', '2'),
    embed: fc.constantFrom('0', '1', 'yes'),
    from: dateTextArb,
    to: dateTextArb,
    exp: listOf(fc.tuple(id, numberTextArb).map(([i, n]) => `${i}*${n}`)),
    at: fc.tuple(numberTextArb, numberTextArb).map(([a, b]) => `${a}-${b}`),
    vp: fc.tuple(numberTextArb, numberTextArb, numberTextArb).map((xs) => xs.join(',')),
  };
  return fc.oneof(byKey[key] ?? listOf(id), fragmentArb);
};

/** Query strings that look like ours often enough to reach every parser, garbage otherwise. */
export const queryLikeArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc
        .constantFrom(...KEY_NAMES)
        .chain((key) => plausibleValueArb(key).map((v) => `${key}=${v}`)),
      { maxLength: 12 },
    )
    .map((pairs) => pairs.join('&')),
  fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...KEY_NAMES, '__proto__', 'constructor', 'prototype'),
          fc.string(),
        ),
        fc.array(fragmentArb, { maxLength: 5 }).map((parts) => parts.join('')),
      ),
      { maxLength: 12 },
    )
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
);
