import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from '../calendar/days';
import { loadModel, type GraphModel } from '../model';
import {
  ARBITRARY_DAY_MAX,
  ARBITRARY_DAY_MIN,
  ARBITRARY_PREDICATES,
  ARBITRARY_SOURCES,
  compiledGraphArb,
} from '../model/testArbitraries';
import { deriveView } from './deriveView';
import { filterElements } from './filters/filterElements';
import { buildDateHistogram } from './histogram/buildDateHistogram';
import { makeState } from './testFixtures';
import { deriveTimeline } from './timeline/deriveTimeline';
import type { DerivedView } from './types';
import type { ViewState } from '../viewState/viewState';

const dayArb = fc
  .integer({ min: ARBITRARY_DAY_MIN - 30, max: ARBITRARY_DAY_MAX + 30 })
  .map(formatDay);

function stateArb(model: GraphModel): fc.Arbitrary<ViewState> {
  const nodeId = fc.constantFrom(...model.nodes.ids);
  const anyId = fc.constantFrom(...model.nodes.ids, ...model.edges.ids, 'unknown-id');
  return fc
    .record({
      selected: fc.option(anyId),
      focus: fc.option(nodeId),
      hops: fc.integer({ min: 1, max: 3 }),
      expanded: fc.uniqueArray(fc.record({ id: nodeId, pages: fc.integer({ min: 1, max: 3 }) }), {
        maxLength: 3,
        selector: (e) => e.id,
      }),
      hidden: fc.uniqueArray(nodeId, { maxLength: 2 }),
      pinned: fc.uniqueArray(nodeId, { maxLength: 3 }),
      pathFrom: fc.option(nodeId),
      pathTo: fc.option(nodeId),
      dateFrom: fc.option(dayArb),
      dateTo: fc.option(dayArb),
      includeUndated: fc.boolean(),
      sources: fc.option(fc.subarray(ARBITRARY_SOURCES)),
      minSources: fc.integer({ min: 1, max: 3 }),
      hiddenEntityTypes: fc.subarray(['organization', 'person', 'place', 'event', 'claim']),
      hiddenPredicates: fc.subarray([...ARBITRARY_PREDICATES, 'stated', 'about', 'contradicts']),
    })
    .map((patch) => makeState(patch));
}

const modelAndState = compiledGraphArb.chain((compiled) => {
  const model = loadModel(compiled);
  return fc.tuple(fc.constant(model), stateArb(model));
});

/** Plain views (no focus, pins, path or selection) are monotone in the filters. */
const plainModelAndState = modelAndState.map(([model, state]): [GraphModel, ViewState] => [
  model,
  { ...state, focus: null, pinned: [], pathFrom: null, pathTo: null, selected: null },
]);

const ids = (view: DerivedView): { nodes: string[]; edges: string[] } => ({
  nodes: view.nodes.map((n) => n.id),
  edges: view.edges.map((e) => e.id),
});

function expectSubview(inner: DerivedView, outer: DerivedView): void {
  const o = ids(outer);
  for (const id of ids(inner).nodes) expect(o.nodes).toContain(id);
  for (const id of ids(inner).edges) expect(o.edges).toContain(id);
}

describe('deriveView properties', () => {
  it('shows only kept edges, with both endpoints visible, and counts them', () => {
    fc.assert(
      fc.property(modelAndState, ([model, state]) => {
        const view = deriveView(model, state);
        const { edgeRejects, nodeRejects } = filterElements(model, state);
        const visible = new Set(view.nodes.map((n) => n.id));
        expect(visible.size).toBe(view.nodes.length);
        for (const node of view.nodes) expect(nodeRejects[model.nodes.index.get(node.id)!]).toBe(0);
        for (const edge of view.edges) {
          expect(visible.has(edge.source) && visible.has(edge.target)).toBe(true);
          expect(edgeRejects[model.edges.index.get(edge.id)!]).toBe(0);
        }
        expect(view.counts.visibleNodes).toBe(view.nodes.length);
        expect(view.counts.visibleEdges).toBe(view.edges.length);
        expect(view.emptyReason === null).toBe(view.edges.length > 0 || model.edges.count === 0);
        for (const more of view.more) {
          expect(visible.has(more.id)).toBe(true);
          expect(more.moreCount).toBeGreaterThan(0);
        }
        expect(view.path === null).toBe(state.pathFrom === null || state.pathTo === null);
      }),
      { numRuns: 300 },
    );
  });

  it('never grows when the date range narrows', () => {
    const days = fc
      .uniqueArray(fc.integer({ min: ARBITRARY_DAY_MIN, max: ARBITRARY_DAY_MAX }), {
        minLength: 4,
        maxLength: 4,
      })
      .map((d) => d.sort((a, b) => a - b).map(formatDay));
    fc.assert(
      fc.property(plainModelAndState, days, fc.boolean(), ([model, state], [a, c, d, b], open) => {
        const outer = { ...state, dateFrom: open ? null : a!, dateTo: b! };
        const inner = { ...state, dateFrom: c!, dateTo: d! };
        expectSubview(deriveView(model, inner), deriveView(model, outer));
        // Without paging, a focus view is monotone too.
        const focus = model.nodes.ids[0]!;
        expectSubview(
          deriveView(model, { ...inner, focus }, { pageSize: 1000 }),
          deriveView(model, { ...outer, focus }, { pageSize: 1000 }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never grows when sources are unchecked, undated excluded or the minimum raised', () => {
    fc.assert(
      fc.property(plainModelAndState, fc.subarray(ARBITRARY_SOURCES), ([model, state], fewer) => {
        const all = deriveView(model, { ...state, sources: ARBITRARY_SOURCES });
        expectSubview(deriveView(model, { ...state, sources: fewer }), all);
        expectSubview(
          deriveView(model, { ...state, includeUndated: false }),
          deriveView(model, { ...state, includeUndated: true }),
        );
        expectSubview(
          deriveView(model, { ...state, minSources: state.minSources + 1 }),
          deriveView(model, state),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('builds histograms whose filtered counts never exceed totals', () => {
    fc.assert(
      fc.property(modelAndState, ([model, state]) => {
        const h = buildDateHistogram(model, state);
        const plain = buildDateHistogram(model, makeState());
        expect(h.bins.map((b) => b.total)).toEqual(plain.bins.map((b) => b.total));
        for (const bin of h.bins) expect(bin.filtered).toBeLessThanOrEqual(bin.total);
        for (const bin of plain.bins) expect(bin.filtered).toBe(bin.total);
        expect(h.undated.filtered).toBeLessThanOrEqual(h.undated.total);
      }),
      { numRuns: 200 },
    );
  });

  it('orders the timeline by start day', () => {
    fc.assert(
      fc.property(modelAndState, ([model, state]) => {
        const starts = deriveTimeline(model, state).map((i) => parseDay(i.dateStart) ?? -Infinity);
        for (let i = 1; i < starts.length; i++) {
          expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
        }
      }),
      { numRuns: 200 },
    );
  });
});
