// What an exported picture says about itself, so it can go straight into a story: the corpus
// title, a legend of what is shown, the active filters in words, the sources by title and the
// permalink. Pure: the renderer draws it (render/cytoscape/captionImage.ts).
import type { GraphModel } from '../model/types';
import { ENTITY_TYPE_DEFINITIONS, type EntityType } from '../schema/vocabulary';
import type { DerivedView, ViewClass } from '../view/types';
import type { ViewState } from '../viewState/viewState';

/** An edge style the legend explains, in the order it lists them. */
export const CAPTION_EDGE_STYLES = ['relation', 'derived', 'contradicts', 'supports'] as const;
export type CaptionEdgeStyle = (typeof CAPTION_EDGE_STYLES)[number];

export type CaptionLegendEntry =
  | { kind: 'type'; type: EntityType; label: string }
  | { kind: 'edge'; style: CaptionEdgeStyle; label: string }
  | { kind: 'disputed'; label: string };

export interface ImageCaption {
  title: string;
  legend: CaptionLegendEntry[];
  /** "Filters: …" in words, or "Filters: none (the whole graph)". */
  filters: string;
  /** "Sources: “A”; “B”", the sources of what is shown. */
  sources: string;
  permalink: string;
}

const EDGE_STYLE_LABELS: Record<CaptionEdgeStyle, string> = {
  relation: 'relation (thicker: more sources)',
  derived: 'a claim’s link to who made it and what it is about',
  contradicts: 'contradicts a claim',
  supports: 'supports a claim',
};

function edgeStyleOf(classes: readonly ViewClass[]): CaptionEdgeStyle {
  if (classes.includes('contradicts')) return 'contradicts';
  if (classes.includes('supports')) return 'supports';
  if (classes.includes('derived')) return 'derived';
  return 'relation';
}

/** One entry per entity type and edge style in the view, in vocabulary order. */
export function legendOf(view: Pick<DerivedView, 'nodes' | 'edges'>): CaptionLegendEntry[] {
  const types = new Set(view.nodes.map((node) => node.type));
  const styles = new Set(view.edges.map((edge) => edgeStyleOf(edge.classes)));
  const disputed = view.nodes.some((node) => node.classes.includes('disputed'));
  return [
    ...ENTITY_TYPE_DEFINITIONS.filter((d) => types.has(d.id)).map((d): CaptionLegendEntry => ({
      kind: 'type',
      type: d.id,
      label: d.label,
    })),
    ...(disputed
      ? [{ kind: 'disputed', label: 'disputed claim (contradicted in the sources)' } as const]
      : []),
    ...CAPTION_EDGE_STYLES.filter((style) => styles.has(style)).map(
      (style): CaptionLegendEntry => ({ kind: 'edge', style, label: EDGE_STYLE_LABELS[style] }),
    ),
  ];
}

const label = (model: GraphModel, id: string): string => {
  const n = model.nodes.index.get(id);
  return (n === undefined ? undefined : model.nodes.labels[n]) ?? id;
};

const listed = (items: readonly string[]): string => items.join(', ');

/** The filters that narrow the view, in words, in the order the sidebar gives them. */
export function describeFilters(model: GraphModel, state: ViewState): string {
  const parts: string[] = [];
  if (state.focus !== null) {
    parts.push(
      `around ${label(model, state.focus)} (${state.hops} step${state.hops === 1 ? '' : 's'})`,
    );
  } else if (state.pinned.length > 0) {
    parts.push(`only ${listed(state.pinned.map((id) => label(model, id)))}`);
  }
  if (state.expanded.length > 0) {
    parts.push(`with the neighbours of ${listed(state.expanded.map((e) => label(model, e.id)))}`);
  }
  if (state.pathFrom !== null && state.pathTo !== null) {
    parts.push(`paths from ${label(model, state.pathFrom)} to ${label(model, state.pathTo)}`);
  }
  if (state.dateFrom !== null || state.dateTo !== null) {
    const from = state.dateFrom ?? 'the start';
    const to = state.dateTo ?? 'the end';
    parts.push(`dated ${from} to ${to}${state.includeUndated ? ', and undated ones' : ''}`);
  } else if (!state.includeUndated) {
    parts.push('dated relations only');
  }
  if (state.sources !== null) {
    const titles = state.sources.map((id) => `“${model.sources.byId.get(id)?.title ?? id}”`);
    parts.push(titles.length > 0 ? `from ${listed(titles)} only` : 'from no source');
  }
  if (state.minSources > 1) parts.push(`at least ${state.minSources} sources each`);
  if (state.hiddenEntityTypes.length > 0) {
    const names = state.hiddenEntityTypes.map(
      (type) => ENTITY_TYPE_DEFINITIONS.find((d) => d.id === type)?.label ?? type,
    );
    parts.push(`hiding ${listed(names)}`);
  }
  if (state.hiddenPredicates.length > 0) {
    const names = state.hiddenPredicates.map((id) => {
      const p = model.predicates.index.get(id);
      return (p === undefined ? undefined : model.predicates.labels[p]) ?? id;
    });
    parts.push(`hiding the relations “${names.join('”, “')}”`);
  }
  if (state.hidden.length > 0) {
    parts.push(`hiding ${listed(state.hidden.map((id) => label(model, id)))} by hand`);
  }
  return parts.length > 0 ? `Filters: ${parts.join('; ')}` : 'Filters: none (the whole graph)';
}

/** The sources behind what is shown, by title, in the graph's order. */
export function describeSources(
  model: GraphModel,
  view: Pick<DerivedView, 'nodes' | 'edges'>,
): string {
  const cited = new Set<string>();
  for (const edge of view.edges) {
    const e = model.edges.index.get(edge.id);
    if (e !== undefined) for (const q of model.edges.attributesOf(e).evidence) cited.add(q.source);
  }
  for (const node of view.nodes) {
    const n = model.nodes.index.get(node.id);
    const claim = n === undefined ? undefined : model.nodes.attributes[n]?.claim;
    for (const q of claim?.evidence ?? []) cited.add(q.source);
  }
  const titles = model.sources.ids
    .filter((id) => cited.has(id))
    .map((id) => `“${model.sources.byId.get(id)?.title ?? id}”`);
  return titles.length > 0 ? `Sources: ${titles.join('; ')}` : 'Sources: none shown';
}

export function buildImageCaption(
  model: GraphModel,
  view: Pick<DerivedView, 'nodes' | 'edges'>,
  state: ViewState,
  permalink: string,
): ImageCaption {
  return {
    title: model.title,
    legend: legendOf(view),
    filters: describeFilters(model, state),
    sources: describeSources(model, view),
    permalink,
  };
}
