// The cytoscape stylesheet as data: state is expressed as classes set by the view derivation,
// never as per-element style() calls.
import type { StylesheetJson } from 'cytoscape';
import { ENTITY_TYPES } from '../../schema/vocabulary';
import { CURVED } from '../scene/curvedEdges';
import { NODE_LABEL } from '../scene/labelPlacement';
import { THEME_COLOURS, TYPE_APPEARANCE, type Theme } from './palette';

/** The view's class for what the selection does not touch; the renderer veils it instead. */
export const FADED = 'faded';
/** What the selection highlights, drawn above the veil. */
export const LIFTED = 'lifted';
/** The one translucent node that fades everything not lifted. */
export const VEIL_CLASS = 'veil';
export const VEIL_ON_CLASS = 'veil-on';
/** Small graphs: set on every edge while the zoom makes edge labels readable. */
export const LABELLED = 'labelled';
/** Set by the renderer on the nodes whose labels have room to be read (see labelPlacement). */
export const NODE_LABELLED = 'node-labelled';
/** Classes whose nodes are labelled whatever the zoom and the room: the selection, focus and path. */
export const ALWAYS_LABELLED = ['selected', 'on-path', 'focus'] as const;
/** Nodes labelled at any zoom where there is room: what the selection touches. */
export const PREFERRED_LABELLED = 'neighbour-of-selected';

const EDGE_FONT_SIZE = 11;
const EDGE_MIN_ZOOMED_FONT_SIZE = 9;

/** Whether edge labels can be read at this zoom: below it, a small graph's are not shown. */
export const edgeLabelsReadableAt = (zoom: number): boolean =>
  zoom * EDGE_FONT_SIZE >= EDGE_MIN_ZOOMED_FONT_SIZE;

/** Fading is a veil between two z-index bands rather than a restyle of every faded element. */
function veilRules(background: string): StylesheetJson {
  return [
    { selector: 'node', style: { 'z-index-compare': 'manual', 'z-index': 2 } },
    { selector: 'edge', style: { 'z-index-compare': 'manual', 'z-index': 1 } },
    { selector: `node.${LIFTED}, node.selected`, style: { 'z-index': 10 } },
    { selector: `edge.${LIFTED}, edge.selected`, style: { 'z-index': 9 } },
    {
      selector: `node.${VEIL_CLASS}`,
      style: {
        display: 'none',
        shape: 'rectangle',
        width: 'data(width)',
        height: 'data(height)',
        'background-color': background,
        'background-opacity': 0.72,
        'border-width': 0,
        label: '',
        events: 'no',
        'z-index': 5,
      },
    },
    { selector: `node.${VEIL_CLASS}.${VEIL_ON_CLASS}`, style: { display: 'element' } },
  ];
}

/**
 * Edges are labelled around the selection and on paths; the renderer labels the others too (the
 * `LABELLED` class) when they are readable and the graph is small. Hundreds of predicate labels are
 * unreadable at the zoom that shows a large graph, yet cytoscape measures every one on each change.
 */
export function buildStylesheet(
  theme: Theme,
  { large = false }: { large?: boolean } = {},
): StylesheetJson {
  const colours = THEME_COLOURS[theme];
  // A small graph's labels are all laid out once cytoscape starts, hidden until chosen: showing
  // one is then a change of opacity, where a new label dirties the element's bounds, and a node's
  // makes cytoscape recompute every edge at it (half of a pick's frame on the bundled corpus). A
  // large graph's labels are mostly never shown, and measuring them all would delay its start.
  const unlabelled = large ? { label: '' } : { label: 'data(label)', 'text-opacity': 0 };
  const labelled = large ? { label: 'data(label)' } : { 'text-opacity': 1 };
  const byType = ENTITY_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: {
      shape: TYPE_APPEARANCE[type].shape,
      'background-color': TYPE_APPEARANCE[type][theme],
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        ...unlabelled,
        width: NODE_LABEL.nodeSize,
        height: NODE_LABEL.nodeSize,
        color: colours.text,
        'font-size': NODE_LABEL.fontSize,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': NODE_LABEL.marginY,
        'text-wrap': 'wrap',
        'text-max-width': `${NODE_LABEL.maxWidth}px`,
        'text-outline-color': colours.textOutline,
        'text-outline-width': 2,
        'min-zoomed-font-size': NODE_LABEL.minZoomedFontSize,
        'border-width': 0,
        'border-color': colours.selected,
      },
    },
    ...byType,
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'straight',
        'line-color': colours.edge,
        'target-arrow-color': colours.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        ...unlabelled,
        'font-size': EDGE_FONT_SIZE,
        color: colours.text,
        'text-rotation': 'autorotate',
        'text-outline-color': colours.textOutline,
        'text-outline-width': 2,
        'min-zoomed-font-size': EDGE_MIN_ZOOMED_FONT_SIZE,
      },
    },
    // Only edges that share their ends, and loops, are curved, each by its own bend (see
    // curvedEdges for why cytoscape's bundled beziers are avoided).
    {
      selector: `edge.${CURVED}`,
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-distances': 'data(bend)',
        'control-point-weights': 0.5,
      },
    },
    {
      selector: 'edge.derived',
      style: { 'line-color': colours.derivedEdge, 'target-arrow-color': colours.derivedEdge },
    },
    // A relation that rests only on what someone says (attributed, opinion, a claim's statement) is
    // dashed, so a party's word never looks like a reported fact. The legend explains it.
    {
      selector: 'edge.statement',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] },
    },
    {
      selector: 'edge.contradicts',
      style: {
        'line-color': colours.contradicts,
        'target-arrow-color': colours.contradicts,
        'line-style': 'dashed',
        'line-dash-pattern': [8, 4],
        'target-arrow-shape': 'tee',
      },
    },
    {
      selector: 'edge.supports',
      style: {
        'line-color': colours.supports,
        'target-arrow-color': colours.supports,
        'line-style': 'dotted',
        'target-arrow-shape': 'circle',
      },
    },
    {
      selector: 'node.disputed',
      style: { 'border-width': 4, 'border-style': 'double', 'border-color': colours.contradicts },
    },
    {
      selector: 'node.focus',
      style: { width: NODE_LABEL.focusNodeSize, height: NODE_LABEL.focusNodeSize },
    },
    {
      selector: [`node.${NODE_LABELLED}`, ...ALWAYS_LABELLED.map((name) => `node.${name}`)].join(
        ', ',
      ),
      style: labelled,
    },
    // The selection's labels are drawn at any zoom, and what it touches wherever there is room.
    {
      selector: [...ALWAYS_LABELLED, PREFERRED_LABELLED].map((name) => `.${name}`).join(', '),
      style: { 'min-zoomed-font-size': 0 },
    },
    {
      selector: `edge.${LABELLED}, edge.selected, edge.neighbour-of-selected, edge.on-path`,
      style: labelled,
    },
    { selector: 'node.pinned', style: { 'border-width': 2, 'border-style': 'dashed' } },
    {
      selector: 'edge.on-path',
      style: {
        'line-color': colours.path,
        'target-arrow-color': colours.path,
        width: 5,
        opacity: 1,
      },
    },
    {
      selector: 'node.on-path',
      style: { 'border-width': 4, 'border-color': colours.path, opacity: 1 },
    },
    {
      selector: 'node.selected',
      style: {
        'border-width': 4,
        'border-style': 'solid',
        'border-color': colours.selected,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    {
      selector: 'edge.selected',
      style: {
        width: 6,
        'line-color': colours.selected,
        'target-arrow-color': colours.selected,
        'z-index': 10,
      },
    },
    ...veilRules(colours.background),
  ];
}
