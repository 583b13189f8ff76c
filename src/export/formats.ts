// Serialisations of the visible subgraph: graphology JSON, GEXF (graphology-gexf), GraphML and
// CSV (Gephi's column names). graphology has no GraphML writer, so that one is written here.
import { write as writeGexf } from 'graphology-gexf/browser';
import type { ExportGraph } from './visibleSubgraph';
import { plainProvenance } from '../schema/edgeProvenance';
import { flattenEdge, flattenNode, type FlatEdge, type FlatNode } from './flatten';

export function exportJson(graph: ExportGraph): string {
  return JSON.stringify(graph.export(), null, 2);
}

// Characters XML 1.0 cannot carry at all are dropped rather than producing an unreadable file.
// eslint-disable-next-line no-control-regex -- naming control characters is the point here
const XML_FORBIDDEN = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const stripForbiddenXml = (text: string): string => text.replace(XML_FORBIDDEN, '');

export function exportGexf(graph: ExportGraph): string {
  // graphology-gexf escapes markup but writes control characters as they are (Gephi then refuses
  // the whole file). They can never be part of markup, so stripping the written text is safe.
  const gexf = writeGexf(graph, {
    formatNode: (_key, attributes) => {
      const { x, y, label, ...rest } = flattenNode(attributes);
      return { label, attributes: { ...rest }, viz: { x, y, z: 0 } };
    },
    formatEdge: (_key, attributes) => {
      const { label, ...rest } = flattenEdge(attributes);
      return { label, weight: rest.corroboration, attributes: { ...rest } };
    },
  });
  return stripForbiddenXml(gexf);
}

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

export function exportGraphml(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...graphmlKeys(
      'node',
      flattenNode({
        label: '',
        type: 'organization',
        aliases: [],
        description: '',
        externalIds: {},
        formerIds: [],
        sources: [],
        x: 0,
        y: 0,
      }),
    ),
    ...graphmlKeys(
      'edge',
      flattenEdge({
        predicate: '',
        label: '',
        date: null,
        dateStart: null,
        dateEnd: null,
        dateBasis: null,
        note: null,
        evidence: [],
        sources: [],
        contradicts: [],
        supports: [],
        derived: false,
        ...plainProvenance([], 'reported'),
        perClaim: null,
      }),
    ),
    `  <graph id="G" edgedefault="directed">`,
  ];
  graph.forEachNode((key, attributes) => {
    lines.push(
      `    <node id="${escapeXml(key)}">${graphmlData('node', flattenNode(attributes))}</node>`,
    );
  });
  graph.forEachEdge((key, attributes, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${graphmlData('edge', flattenEdge(attributes))}</edge>`,
    );
  });
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

export function exportNodesCsv(graph: ExportGraph): string {
  const header = [
    'Id',
    'Label',
    'type',
    'aliases',
    'description',
    'sources',
    'statement',
    'claimant',
    'disputed',
    'evidence',
  ];
  const rows = [csvRow(header)];
  graph.forEachNode((key, attributes) => {
    const flat = flattenNode(attributes);
    rows.push(
      csvRow([
        key,
        flat.label,
        flat.type,
        flat.aliases,
        flat.description,
        flat.sources,
        flat.statement,
        flat.claimant,
        flat.disputed,
        flat.evidence,
      ]),
    );
  });
  return rows.join('\r\n') + '\r\n';
}

export function exportEdgesCsv(graph: ExportGraph): string {
  const header = [
    'Source',
    'Target',
    'Type',
    'Id',
    'Label',
    'predicate',
    'date',
    'corroboration',
    'sources',
    'contradicts',
    'supports',
    'evidence',
  ];
  const rows = [csvRow(header)];
  graph.forEachEdge((key, attributes, source, target) => {
    const flat = flattenEdge(attributes);
    rows.push(
      csvRow([
        source,
        target,
        'Directed',
        key,
        flat.label,
        flat.predicate,
        flat.date,
        flat.corroboration,
        flat.sources,
        flat.contradicts,
        flat.supports,
        flat.evidence,
      ]),
    );
  });
  return rows.join('\r\n') + '\r\n';
}
