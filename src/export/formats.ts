// Serialisations of the visible subgraph, each with the attribution of every relation and claim:
// graphology JSON, GEXF 1.3 (graphology-gexf), GraphML and CSV (Gephi's column names, sources by
// title). graphology has no GraphML writer, so that one is written here.
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import { plainProvenance } from '../schema/edgeProvenance';
import type { InterchangeEdgeAttributes, InterchangeNodeAttributes } from '../schema/interchange';
import { flattenEdge, flattenNode, type FlatEdge, type FlatNode } from './flatten';
import type { ExportGraph, ExportNames } from './visibleSubgraph';

/** Graphology's serialisation (what `npm run data -- --format graphology` writes), visible part. */
export function exportJson(graph: ExportGraph): string {
  const { attributes, options, nodes, edges } = graph;
  return JSON.stringify({ attributes, options, nodes, edges }, null, 2);
}

// Characters XML 1.0 cannot carry at all are dropped rather than producing an unreadable file.
// eslint-disable-next-line no-control-regex -- naming control characters is the point here
const XML_FORBIDDEN = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const stripForbiddenXml = (text: string): string => text.replace(XML_FORBIDDEN, '');

/** "#1f5fa8" as "rgb(31,95,168)", so GEXF gets r, g and b, which every GEXF reader knows. */
function rgbOf(hex: string | undefined): string | undefined {
  const match = hex === undefined ? null : /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((pair) => parseInt(pair, 16));
  return `rgb(${r},${g},${b})`;
}

/** GEXF 1.3 (graphology-gexf's 1.2 mode names the viz namespace wrongly), positions and colours. */
export function exportGexf(graph: ExportGraph): string {
  const { names, colours } = graph;
  const graphology: MultiDirectedGraph<InterchangeNodeAttributes, InterchangeEdgeAttributes> =
    MultiDirectedGraph.from({
      attributes: { description: graph.attributes.title, creator: GEXF_CREATOR },
      options: graph.options,
      nodes: graph.nodes,
      edges: graph.edges,
    });
  // graphology-gexf escapes markup but writes control characters as they are (Gephi then refuses
  // the whole file). They can never be part of markup, so stripping the written text is safe.
  const gexf = writeGexf(graphology, {
    version: '1.3',
    pedantic: true,
    formatNode: (_key, attributes) => {
      const { x, y, label, ...rest } = flattenNode(attributes, names);
      const color = rgbOf(colours[attributes.type]);
      return { label, attributes: { ...rest }, viz: { x, y, z: 0, ...(color ? { color } : {}) } };
    },
    formatEdge: (_key, attributes) => {
      const { label, ...rest } = flattenEdge(attributes, names);
      return { label, weight: rest.independentOrigins, attributes: { ...rest } };
    },
  });
  return stripForbiddenXml(gexf);
}

const GEXF_CREATOR = 'who-said-what';

const escapeXml = (value: string): string =>
  stripForbiddenXml(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

function graphmlKeys(domain: 'node' | 'edge', sample: FlatNode | FlatEdge): string[] {
  return Object.entries(sample).map(
    ([name, value]) =>
      `  <key id="${domain}-${name}" for="${domain}" attr.name="${name}" attr.type="${typeof value === 'number' ? 'double' : 'string'}"/>`,
  );
}

function graphmlData(domain: 'node' | 'edge', flat: FlatNode | FlatEdge): string {
  return Object.entries(flat)
    .map(([name, value]) => `<data key="${domain}-${name}">${escapeXml(String(value))}</data>`)
    .join('');
}

const SAMPLE_NAMES: ExportNames = {
  entity: String,
  source: String,
  root: String,
  status: String,
};

export function exportGraphml(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...graphmlKeys(
      'node',
      flattenNode(
        {
          label: '',
          type: 'organization',
          aliases: [],
          description: '',
          externalIds: {},
          formerIds: [],
          sources: [],
          x: 0,
          y: 0,
        },
        SAMPLE_NAMES,
      ),
    ),
    ...graphmlKeys(
      'edge',
      flattenEdge(
        {
          predicate: '',
          label: '',
          date: null,
          dateStart: null,
          dateEnd: null,
          dateBasis: null,
          note: null,
          sources: [],
          contradicts: [],
          supports: [],
          derived: false,
          ...plainProvenance([], 'reported'),
          perClaim: null,
          evidence: [],
          origins: [],
          originGroups: [],
          independentOrigins: 0,
        },
        SAMPLE_NAMES,
      ),
    ),
    `  <graph id="G" edgedefault="directed">`,
  ];
  for (const { key, attributes } of graph.nodes) {
    lines.push(
      `    <node id="${escapeXml(key)}">${graphmlData('node', flattenNode(attributes, graph.names))}</node>`,
    );
  }
  for (const { key, source, target, attributes } of graph.edges) {
    lines.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${graphmlData('edge', flattenEdge(attributes, graph.names))}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** A cell a spreadsheet would run as a formula is prefixed with a quote, then CSV-quoted. */
export function escapeCsvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (cells: readonly (string | number)[]): string => cells.map(escapeCsvCell).join(',');

/** The attribution columns a relation and a claim share, in the order the files give them. */
const PROVENANCE_COLUMNS = [
  'status',
  'accordingTo',
  'attribution',
  'independentOrigins',
  'origins',
  'headlineOnly',
  'dateEstimated',
  'dateBasis',
  'note',
  'evidence',
] as const;

const NODE_COLUMNS = [
  'label',
  'type',
  'aliases',
  'description',
  'sources',
  'statement',
  'claimant',
  'disputed',
  'date',
  ...PROVENANCE_COLUMNS,
] as const satisfies readonly (keyof FlatNode)[];

const EDGE_COLUMNS = [
  'label',
  'predicate',
  'date',
  'sourceCount',
  'sources',
  'contradicts',
  'supports',
  ...PROVENANCE_COLUMNS,
] as const satisfies readonly (keyof FlatEdge)[];

/** Gephi's Id and Label first, then one column per field; sources by title. */
export function exportNodesCsv(graph: ExportGraph): string {
  const header = ['Id', 'Label', ...NODE_COLUMNS.slice(1)];
  const rows = [csvRow(header)];
  for (const { key, attributes } of graph.nodes) {
    const flat = flattenNode(attributes, graph.names);
    rows.push(csvRow([key, ...NODE_COLUMNS.map((column) => flat[column])]));
  }
  return rows.join('\r\n') + '\r\n';
}

/** Gephi's Source, Target, Type, Id and Label first, then one column per field. */
export function exportEdgesCsv(graph: ExportGraph): string {
  const header = ['Source', 'Target', 'Type', 'Id', 'Label', ...EDGE_COLUMNS.slice(1)];
  const rows = [csvRow(header)];
  for (const { key, source, target, attributes } of graph.edges) {
    const flat = flattenEdge(attributes, graph.names);
    rows.push(
      csvRow([source, target, 'Directed', key, ...EDGE_COLUMNS.map((column) => flat[column])]),
    );
  }
  return rows.join('\r\n') + '\r\n';
}
