// The caption of an exported picture: a legend of exactly what is shown, the filters in words and
// the sources by title.
import { describe, expect, it } from 'vitest';
import { loadModel } from '../model/loadModel';
import { buildNewsGraph } from '../model/testNewsGraph';
import { deriveView } from '../view/deriveView';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState/viewState';
import { buildImageCaption, describeFilters, describeSources, legendOf } from './caption';

const model = loadModel(buildNewsGraph());
const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

describe('describeFilters', () => {
  it('says when nothing narrows the view', () => {
    expect(describeFilters(model, DEFAULT_VIEW_STATE)).toBe('Filters: none (the whole graph)');
  });

  it('names every active filter in words, entities and sources by name', () => {
    expect(
      describeFilters(
        model,
        state({
          focus: 'tiktok',
          hops: 2,
          dateFrom: '2020-01-01',
          dateTo: null,
          includeUndated: false,
          sources: ['s1'],
          minSources: 2,
          hiddenEntityTypes: ['place', 'person'],
          hiddenPredicates: ['owns'],
          hidden: ['oracle'],
        }),
      ),
    ).toBe(
      'Filters: around TikTok (2 steps); dated 2020-01-01 to the end; from “Title of s1” only; ' +
        'at least 2 sources each; hiding Place, Person; hiding the relations “owns”; ' +
        'hiding Oracle by hand',
    );
  });

  it('names paths, pins and expansions', () => {
    expect(
      describeFilters(
        model,
        state({
          pinned: ['tiktok', 'oracle'],
          expanded: [{ id: 'bytedance', pages: 1 }],
          pathFrom: 'donald-trump',
          pathTo: 'china',
        }),
      ),
    ).toBe(
      'Filters: only TikTok, Oracle; with the neighbours of ByteDance; ' +
        'paths from Donald Trump to China',
    );
  });
});

describe('legendOf and describeSources', () => {
  const view = deriveView(model, state({ focus: 'bytedance', hops: 1 }));

  it('lists each entity type and edge style that is shown, and nothing else', () => {
    const types = new Set(view.nodes.map((n) => n.type));
    const legend = legendOf(view);
    const shownTypes = legend.flatMap((e) => (e.kind === 'type' ? [e.type] : []));
    expect(new Set(shownTypes)).toEqual(types);
    expect(shownTypes).toHaveLength(types.size);
    expect(legend.some((e) => e.kind === 'edge' && e.style === 'relation')).toBe(true);
    expect(legendOf({ nodes: [], edges: [] })).toEqual([]);
  });

  it('has a disputed entry only when a disputed claim is shown', () => {
    const whole = deriveView(model, DEFAULT_VIEW_STATE);
    const disputedShown = whole.nodes.some((n) => n.classes.includes('disputed'));
    expect(legendOf(whole).some((e) => e.kind === 'disputed')).toBe(disputedShown);
    expect(disputedShown).toBe(true);
    expect(legendOf(view).some((e) => e.kind === 'disputed')).toBe(
      view.nodes.some((n) => n.classes.includes('disputed')),
    );
  });

  it('names the sources of what is shown by title', () => {
    expect(describeSources(model, view)).toMatch(/^Sources: “Title of s\d”(; “Title of s\d”)*$/);
    expect(describeSources(model, { nodes: [], edges: [] })).toBe('Sources: none shown');
  });

  it('puts title, legend, filters, sources and permalink together', () => {
    const caption = buildImageCaption(
      model,
      view,
      state({ focus: 'bytedance' }),
      'https://x/?focus=bytedance',
    );
    expect(caption).toMatchObject({
      title: model.title,
      filters: 'Filters: around ByteDance (1 step)',
      permalink: 'https://x/?focus=bytedance',
    });
  });
});
