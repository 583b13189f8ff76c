// @vitest-environment jsdom
// The XML and JSON exports: markup and control characters escaped or dropped, every file read
// back with the parsers Gephi-like tools are built on, GEXF 1.3 checked by a second reader (jsdom's
// DOMParser, where graphology-gexf's Node build reads with xmldom), and the
// JSON the same interchange form `npm run data -- --format graphology` writes.
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toGraphologyInterchange } from '../schema/interchange';
import { exportGexf, exportGraphml, exportJson } from './formats';
import {
  CONTROL_LABEL,
  EVIDENCE_QUOTE,
  FORBIDDEN_PATTERN,
  NEWLINE_DESCRIPTION,
  hostileCompiledGraph,
  hostileExport,
  hostileSubgraph,
  readStrictly,
  spaced,
  stripForbidden,
} from './testHostileGraph';

// See formats.test.ts: the Node build of graphology-gexf, with the same writer.
vi.mock('graphology-gexf/browser', async () => await import('graphology-gexf'));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GraphML export', () => {
  it('escapes markup in text and attributes', () => {
    const graphml = exportGraphml(hostileExport());
    expect(graphml).not.toContain('<script>');
    expect(graphml).not.toContain('<b>');
    expect(graphml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;');
  });

  it('drops the characters XML 1.0 cannot carry and keeps tabs and newlines', () => {
    const graphml = exportGraphml(hostileExport());
    expect(graphml).not.toMatch(FORBIDDEN_PATTERN);
    expect(graphml).toContain('bellend\ttab');
    expect(graphml).toContain('first line, with a comma\nsecond &quot;line&quot;');
  });

  it('reads back with graphology-graphml: same nodes, edges and text', () => {
    const graph = hostileSubgraph();
    const read = readStrictly(() =>
      parseGraphml(MultiDirectedGraph, exportGraphml(hostileExport())),
    );
    expect(read.nodes().sort()).toEqual(graph.nodes().sort());
    expect(read.edges().sort()).toEqual(graph.edges().sort());
    graph.forEachEdge((id, _attributes, source, target) => {
      expect(read.extremities(id)).toEqual([source, target]);
    });
    graph.forEachNode((id, attributes) => {
      expect(read.getNodeAttribute(id, 'label')).toBe(stripForbidden(attributes.label));
      expect(read.getNodeAttribute(id, 'type')).toBe(attributes.type);
      expect(read.getNodeAttribute(id, 'x')).toBe(attributes.x);
    });
    expect(read.getNodeAttribute('markup', 'description')).toBe(NEWLINE_DESCRIPTION);
  });

  it('carries the evidence, source count and independent origins of every edge', () => {
    const read = parseGraphml(MultiDirectedGraph, exportGraphml(hostileExport()));
    expect(read.getEdgeAttributes('markup-owns-formula')).toMatchObject({
      evidence:
        `"${EVIDENCE_QUOTE}" (in “Title of s1”, according to “Title of s1”) | ` +
        '"quote in s2" (in “Title of s2”, according to “Title of s2”)',
      sourceCount: 2,
      sources: 'Title of s1; Title of s2',
      status: 'reported',
      independentOrigins: 2,
      predicate: 'owns',
    });
    expect(read.getNodeAttribute('claim-hostile', 'disputed')).toBe('true');
  });
});

describe('GEXF export', () => {
  it('escapes markup in labels and attribute values', () => {
    const gexf = exportGexf(hostileExport());
    expect(gexf).not.toContain('<script>');
    expect(gexf).not.toContain('<b>');
    expect(gexf).toContain('&lt;script');
    expect(gexf).toContain('&amp;');
  });

  it('drops the characters XML 1.0 cannot carry', () => {
    const gexf = exportGexf(hostileExport());
    expect(gexf).not.toMatch(FORBIDDEN_PATTERN);
    expect(gexf).toContain('bellend');
  });

  it('reads back with graphology-gexf: same nodes, edges, labels and positions', () => {
    const graph = hostileSubgraph();
    const read = readStrictly(() => parseGexf(MultiDirectedGraph, exportGexf(hostileExport())));
    expect(read.nodes().sort()).toEqual(graph.nodes().sort());
    expect(read.edges().sort()).toEqual(graph.edges().sort());
    graph.forEachEdge((id, attributes, source, target) => {
      expect(read.extremities(id)).toEqual([source, target]);
      expect(read.getEdgeAttribute(id, 'label')).toBe(attributes.label);
    });
    graph.forEachNode((id, attributes) => {
      // GEXF keeps labels in attributes, where a conforming XML parser turns tabs and newlines
      // into spaces (xmldom keeps them): compare up to that. Everything else reads back as written.
      const label = read.getNodeAttribute(id, 'label') as string;
      expect(spaced(label)).toBe(spaced(stripForbidden(attributes.label)));
      expect(read.getNodeAttribute(id, 'type')).toBe(attributes.type);
      expect(read.getNodeAttribute(id, 'x')).toBe(attributes.x);
      expect(read.getNodeAttribute(id, 'y')).toBe(attributes.y);
    });
  });

  it('carries the evidence and uses the independent origins as the edge weight', () => {
    const read = parseGexf(MultiDirectedGraph, exportGexf(hostileExport()));
    expect(read.getEdgeAttributes('markup-owns-formula')).toMatchObject({
      evidence:
        `"${EVIDENCE_QUOTE}" (in “Title of s1”, according to “Title of s1”) | ` +
        '"quote in s2" (in “Title of s2”, according to “Title of s2”)',
      sourceCount: 2,
      weight: 2,
      sources: 'Title of s1; Title of s2',
      status: 'reported',
      independentOrigins: 2,
    });
    const claimant = read.getNodeAttribute('claim-hostile', 'claimant') as string;
    expect(spaced(claimant)).toBe(spaced(stripForbidden(CONTROL_LABEL)));
    expect(read.getNodeAttributes('claim-hostile')).toMatchObject({
      disputed: 'true',
      status: 'attributed',
      evidence: '"quote in s1" (in “Title of s1”, according to “Title of s1”)',
    });
  });
});

describe('GEXF 1.3, read by a second, independent reader (the DOM)', () => {
  const GEXF_NS = 'http://gexf.net/1.3';
  const VIZ_NS = 'http://gexf.net/1.3/viz';
  const parseXml = (text: string): Document => {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    return document;
  };

  it('declares GEXF 1.3 and its viz namespace, not the 1.2 writer’s malformed one', () => {
    const gexf = exportGexf(hostileExport());
    expect(gexf).not.toContain('1.1draft');
    const root = parseXml(gexf).documentElement;
    expect(root.localName).toBe('gexf');
    expect(root.namespaceURI).toBe(GEXF_NS);
    expect(root.getAttribute('version')).toBe('1.3');
    expect(root.lookupNamespaceURI('viz')).toBe(VIZ_NS);
  });

  it('gives every node its position and its type’s colour in the viz namespace', () => {
    const graph = hostileSubgraph();
    const document = parseXml(exportGexf(hostileExport()));
    const nodes = [...document.getElementsByTagNameNS(GEXF_NS, 'node')];
    expect(nodes.map((node) => node.getAttribute('id')).sort()).toEqual(graph.nodes().sort());
    for (const node of nodes) {
      const id = node.getAttribute('id') ?? '';
      const [position] = node.getElementsByTagNameNS(VIZ_NS, 'position');
      expect(Number(position?.getAttribute('x'))).toBe(graph.getNodeAttribute(id, 'x'));
      expect(Number(position?.getAttribute('y'))).toBe(graph.getNodeAttribute(id, 'y'));
      const colours = node.getElementsByTagNameNS(VIZ_NS, 'color');
      const type = graph.getNodeAttribute(id, 'type');
      // The fixture gives organisations and people a colour, and no other type.
      const expected = { organization: [31, 95, 168], person: [180, 83, 9] }[type as string];
      if (expected) {
        const [colour] = colours;
        expect(['r', 'g', 'b'].map((c) => Number(colour?.getAttribute(c)))).toEqual(expected);
      } else {
        expect(colours).toHaveLength(0);
      }
    }
    expect(document.getElementsByTagNameNS(GEXF_NS, 'edge')).toHaveLength(graph.size);
  });

  it('reads back its colours with graphology-gexf too', () => {
    const read = parseGexf(MultiDirectedGraph, exportGexf(hostileExport()));
    expect(read.getNodeAttribute('markup', 'color')).toBe('rgb(31,95,168)');
    expect(read.getNodeAttribute('control', 'color')).toBe('rgb(180,83,9)');
  });

  it('carries the attribution of a relation', () => {
    const read = parseGexf(MultiDirectedGraph, exportGexf(hostileExport()));
    expect(read.getEdgeAttributes('plain-hosts-control')).toMatchObject({
      status: 'attributed',
      independentOrigins: 1,
      origins: 'Report wire',
      headlineOnly: 'Title of s3',
      dateEstimated: 'true',
    });
  });
});

describe('JSON export', () => {
  it('writes each visible item as npm run data -- --format graphology does', () => {
    const interchange = toGraphologyInterchange(hostileCompiledGraph());
    const json = JSON.parse(exportJson(hostileExport())) as typeof interchange;
    expect(json.nodes).toEqual(interchange.nodes);
    expect(json.edges).toEqual(interchange.edges);
    expect(json.attributes.title).toBe('Test graph');
    expect(json.attributes.sources.map((s) => s.title)).toEqual([
      'Title of s1',
      'Title of s2',
      'Title of s3',
    ]);
    expect(json.attributes.origins.map((o) => o.title)).toEqual(['Report wire']);
  });

  it('reads back as a graphology graph with the attribution spelt out', () => {
    const read = MultiDirectedGraph.from(JSON.parse(exportJson(hostileExport())));
    expect(read.order).toBe(hostileSubgraph().order);
    expect(read.size).toBe(hostileSubgraph().size);
    expect(read.getEdgeAttributes('plain-hosts-control')).toMatchObject({
      status: 'attributed',
      accordingTo: ['control', 'markup'],
      origins: ['wire'],
      independentOrigins: 1,
      dateEstimated: true,
    });
    const evidence = read.getEdgeAttribute('plain-hosts-control', 'evidence') as {
      headlineOnly: boolean;
      accordingTo: string[];
    }[];
    expect(evidence.map((q) => [q.headlineOnly, q.accordingTo])).toEqual([
      [false, ['control']],
      [false, ['markup']],
      [true, ['control']],
    ]);
  });
});
