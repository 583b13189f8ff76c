// Exports contain what is on screen and nothing else, with the evidence that backs it.
import { describe, expect, it, vi } from 'vitest';
import { loadModel } from '../model/loadModel';
import { buildGraphologyGraph } from '../model/graphology';
import { edgeAttributes, nodeAttributes } from '../model/queries';
import { buildNewsGraph } from '../model/testNewsGraph';
import { deriveView } from '../view/deriveView';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState/viewState';
import { exportEdgesCsv, exportGexf, exportGraphml, exportJson, exportNodesCsv } from './formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { buildVisibleExport, buildVisibleSubgraph } from './visibleSubgraph';

// See formats.test.ts: the Node build of graphology-gexf, with the same writer.
vi.mock('graphology-gexf/browser', async () => await import('graphology-gexf'));

const model = loadModel(buildNewsGraph());

const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

describe('buildVisibleSubgraph', () => {
  it('keeps only the listed nodes and edges', () => {
    const subgraph = buildVisibleSubgraph(model, {
      nodes: [{ id: 'tiktok' }, { id: 'bytedance' }],
      edges: [{ id: 'bytedance-owns-tiktok' }],
    });
    expect(sorted(subgraph.nodes())).toEqual(['bytedance', 'tiktok']);
    expect(subgraph.edges()).toEqual(['bytedance-owns-tiktok']);
  });

  it('drops an edge whose other end is not visible, and ids the graph does not know', () => {
    const subgraph = buildVisibleSubgraph(model, {
      nodes: [{ id: 'tiktok' }, { id: 'bytedance' }, { id: 'no-such-entity' }],
      edges: [{ id: 'bytedance-owns-tiktok' }, { id: 'eo-targets-tiktok' }, { id: 'no-such-edge' }],
    });
    expect(sorted(subgraph.nodes())).toEqual(['bytedance', 'tiktok']);
    expect(subgraph.edges()).toEqual(['bytedance-owns-tiktok']);
  });

  it('copies every attribute, evidence included, and takes positions from the screen', () => {
    const subgraph = buildVisibleSubgraph(model, {
      nodes: [{ id: 'tiktok', x: 123, y: -45 }, { id: 'bytedance' }],
      edges: [{ id: 'bytedance-owns-tiktok' }],
    });
    expect(subgraph.getNodeAttributes('tiktok')).toEqual({
      ...nodeAttributes(model, 'tiktok'),
      x: 123,
      y: -45,
    });
    expect(subgraph.getNodeAttributes('bytedance')).toEqual(nodeAttributes(model, 'bytedance'));
    const relation = subgraph.getEdgeAttributes('bytedance-owns-tiktok');
    expect(relation).toEqual(edgeAttributes(model, 'bytedance-owns-tiktok'));
    expect(relation.evidence.map((quote) => quote.source)).toEqual(['s1', 's2', 's3']);
    expect(subgraph.getAttribute('title')).toBe(model.title);
  });

  it('leaves the model untouched', () => {
    const before = buildGraphologyGraph(model).export();
    const subgraph = buildVisibleSubgraph(model, {
      nodes: [{ id: 'tiktok', x: 1, y: 2 }],
      edges: [],
    });
    subgraph.setNodeAttribute('tiktok', 'label', 'changed');
    expect(buildGraphologyGraph(model).export()).toEqual(before);
  });
});

describe('exporting a derived view', () => {
  // TikTok's neighbourhood, without places, from sources s1 and s2 only: a view that leaves out
  // entities and relations for several different reasons.
  const view = deriveView(
    model,
    state({ focus: 'tiktok', hops: 2, hiddenEntityTypes: ['place'], sources: ['s1', 's2'] }),
  );
  const subgraph = buildVisibleSubgraph(model, view);

  it('is a real subset of the graph (so the checks below can fail)', () => {
    expect(view.nodes.length).toBeGreaterThan(1);
    expect(view.edges.length).toBeGreaterThan(0);
    expect(view.nodes.length).toBeLessThan(model.nodes.count);
    expect(view.edges.length).toBeLessThan(model.edges.count);
  });

  it('holds exactly the visible nodes and edges', () => {
    expect(sorted(subgraph.nodes())).toEqual(sorted(view.nodes.map((n) => n.id)));
    expect(sorted(subgraph.edges())).toEqual(sorted(view.edges.map((e) => e.id)));
    expect(subgraph.order).toBe(view.counts.visibleNodes);
    expect(subgraph.size).toBe(view.counts.visibleEdges);
    expect(subgraph.hasNode('china')).toBe(false);
    expect(subgraph.hasNode('joe-biden')).toBe(false);
  });

  it('writes the same elements in every format', () => {
    const written = buildVisibleExport(model, view);
    const json = JSON.parse(exportJson(written)) as {
      nodes: { key: string }[];
      edges: { key: string }[];
    };
    expect(sorted(json.nodes.map((n) => n.key))).toEqual(sorted(subgraph.nodes()));
    expect(sorted(json.edges.map((e) => e.key))).toEqual(sorted(subgraph.edges()));

    const csvIds = (csv: string, column: number) =>
      (parseCsv(csv) as string[][]).slice(1).map((row) => row[column] ?? '');
    expect(sorted(csvIds(exportNodesCsv(written), 0))).toEqual(sorted(subgraph.nodes()));
    expect(sorted(csvIds(exportEdgesCsv(written), 3))).toEqual(sorted(subgraph.edges()));

    const xmlIds = (xml: string, element: string) =>
      [...xml.matchAll(new RegExp(`<${element} id="([^"]+)"`, 'g'))].map((m) => m[1] ?? '');
    for (const xml of [exportGexf(written), exportGraphml(written)]) {
      expect(sorted(xmlIds(xml, 'node'))).toEqual(sorted(subgraph.nodes()));
      expect(sorted(xmlIds(xml, 'edge'))).toEqual(sorted(subgraph.edges()));
    }
  });

  it('keeps each visible relation’s evidence, even from sources filtered out', () => {
    // The filter chooses which relations are shown; a shown relation keeps all its evidence.
    subgraph.forEachEdge((id, attributes) => {
      expect(attributes.evidence).toEqual(edgeAttributes(model, id)?.evidence);
    });
    const owns = subgraph.getEdgeAttributes('bytedance-owns-tiktok');
    expect(owns.evidence.length).toBeGreaterThan(0);
  });
});
