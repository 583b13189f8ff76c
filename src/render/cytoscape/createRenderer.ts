// The cytoscape adapter: one instance for the life of the page, updated by diffing the derived
// scene by id inside a single cy.batch. What a scene drops is hidden and kept (up to a limit), so
// that showing it again is cheap. It knows nothing of the store or React.
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import { buildStylesheet } from '../style/stylesheet';
import type { Theme } from '../style/palette';
import { edgeBends } from '../scene/curvedEdges';
import { chooseNodeLabels, type LabelCandidate } from '../scene/labelPlacement';
import { LABELLED, NODE_LABELLED, VEIL_CLASS, VEIL_ON_CLASS } from '../style/stylesheet';
import {
  drawnClasses,
  drawnEdgeClasses,
  extentWithLabelRoom,
  fitViewport,
  isHighlighted,
  labelCandidate,
  labelsEveryEdge,
  MAX_ZOOM,
  MIN_ZOOM,
  nodeLabelText,
  type RenderScene,
  type RenderViewport,
  sceneDegrees,
  VEIL_ID,
  veilExtent,
} from '../scene/fit';

export type { RenderEdge, RenderNode, RenderScene, RenderViewport } from '../scene/fit';

export interface RendererHandlers {
  tapNode?: (id: string) => void;
  tapEdge?: (id: string) => void;
  tapBackground?: () => void;
  doubleTapNode?: (id: string) => void;
  viewportChange?: (viewport: RenderViewport) => void;
}

export interface ApplyStats {
  /** New elements. */
  added: number;
  /** Kept elements shown again. */
  revealed: number;
  /** Elements the scene dropped: hidden and kept, or removed once over the limit. */
  removed: number;
  /** Elements whose label or classes changed. */
  updated: number;
  /** Nodes drawn before whose position the scene changed (a re-layout): they glide there. */
  moved: number;
  /** What is drawn: the scene's nodes and edges. */
  elements: number;
  /** What cytoscape holds: the drawn elements and the hidden ones it keeps. */
  resident: number;
}

export interface ApplyOptions {
  /** Fit the view to the drawing once moved nodes have settled (the view has no viewport). */
  fit?: boolean;
}

export interface Renderer {
  apply(scene: RenderScene, options?: ApplyOptions): ApplyStats;
  setHandlers(handlers: RendererHandlers): void;
  setTheme(theme: Theme): void;
  fit(ids?: readonly string[]): void;
  center(id: string): void;
  getViewport(): RenderViewport;
  setViewport(viewport: RenderViewport): void;
  /** Resolves once the nodes the last scene moved have settled (at once when none moved). */
  whenSettled(): Promise<void>;
  /** Where an element is drawn, in CSS pixels relative to the container (an edge: its midpoint). */
  renderedPositionOf(id: string): { x: number; y: number } | null;
  exportPng(background: string): Blob;
  /** Calls back once, after cytoscape has next drawn a frame. */
  onceDrawn(callback: () => void): void;
  destroy(): void;
  /** For adapter tests and the benchmark: the live instance. */
  readonly cy: Core;
}

export interface RendererOptions {
  container?: HTMLElement;
  theme: Theme;
  /** Large graphs hide edges and use textures while panning, so frames stay short. */
  large?: boolean;
  /** Headless instances (tests) have no canvas: the size node labels are placed in. */
  size?: { width: number; height: number };
}

/** Node labels are placed again once a pan or zoom has rested this long. */
const RELABEL_DELAY_MS = 120;

/**
 * How many hidden elements are kept. Showing a kept element again is a change of visibility;
 * adding it anew costs cytoscape its style, its measuring and its textures, twice as long on the
 * bundled corpus. Beyond the limit, those hidden longest are removed, so memory stays bounded.
 */
export const KEPT_HIDDEN_LIMIT = 2_000;

export function createRenderer(options: RendererOptions): Renderer {
  const cy = cytoscape({
    container: options.container,
    headless: options.container === undefined,
    // Headless (tests, no container) computes styles too, so they can be checked.
    styleEnabled: true,
    style: buildStylesheet(options.theme, { large: options.large }),
    layout: { name: 'preset' },
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    hideEdgesOnViewport: options.large ?? false,
    textureOnViewport: options.large ?? false,
  });
  // What each element cytoscape holds shows (drawn or hidden), to update only what changed.
  const signatures = new Map<string, string>();
  // Where the scene last put each node. A node is moved only when the scene moves it: one a person
  // dragged stays where they left it until the scene says otherwise.
  const proposed = new Map<string, { x: number; y: number }>();
  let settled: Promise<void> = Promise.resolve();
  // The hidden ones, those hidden longest first.
  const hidden = new Map<string, cytoscape.SingularElementReturnValue>();
  // Degrees in the drawn scene: the hidden edges cytoscape keeps do not count.
  let degrees = new Map<string, number>();
  let handlers: RendererHandlers = {};

  const idOf = (event: EventObject): string => String(event.target.id());
  cy.on('tap', 'node', (event) => handlers.tapNode?.(idOf(event)));
  cy.on('tap', 'edge', (event) => handlers.tapEdge?.(idOf(event)));
  cy.on('dbltap', 'node', (event) => handlers.doubleTapNode?.(idOf(event)));
  cy.on('tap', (event) => {
    if (event.target === cy) handlers.tapBackground?.();
  });
  // Only a person's pan or zoom is reported: automatic fits and centring are not view state.
  cy.on('scrollzoom pinchzoom dragpan', () => handlers.viewportChange?.(getViewport()));

  // Small graphs label every edge once the zoom makes labels readable. They start unlabelled and
  // are synced after each fit or restored viewport, so the first fit measures no edge label that
  // would not be drawn.
  let edgesLabelled = false;
  function syncEdgeLabels(): void {
    const readable = labelsEveryEdge(cy.zoom(), options.large ?? false);
    if (readable === edgesLabelled) return;
    edgesLabelled = readable;
    // Hidden edges catch up when they are shown again (see apply).
    cy.batch(() => drawn().edges().toggleClass(LABELLED, readable));
  }
  cy.on('zoom', syncEdgeLabels);

  const canvasSize = (): { width: number; height: number } =>
    options.size ?? { width: cy.width(), height: cy.height() };

  /**
   * Labels the nodes that have room to be read in a frame (see labelPlacement): by default the
   * canvas at the current viewport.
   */
  function syncNodeLabels(
    frame: { zoom: number; pan: { x: number; y: number }; width: number; height: number } = {
      zoom: cy.zoom(),
      pan: cy.pan(),
      ...canvasSize(),
    },
  ): void {
    const { zoom, pan } = frame;
    const viewport = { zoom, panX: pan.x, panY: pan.y };
    const nodes = drawn().nodes();
    const candidates: LabelCandidate[] = nodes.map((node) =>
      labelCandidate(
        {
          id: node.id(),
          ...node.position(),
          label: String(node.data('label') ?? ''),
          classes: node.classes(),
        },
        degrees.get(node.id()) ?? 0,
        viewport,
      ),
    );
    const chosen = chooseNodeLabels(candidates, { width: frame.width, height: frame.height, zoom });
    cy.batch(() => {
      nodes.forEach((node) => {
        const labelled = chosen.has(node.id());
        if (node.hasClass(NODE_LABELLED) !== labelled) node.toggleClass(NODE_LABELLED, labelled);
      });
    });
  }
  // Labels are placed for a viewport: none until the first scene is fitted or given one (which
  // the page does right after applying it), or they would be styled for zoom 1 only to be undone.
  let viewportSet = false;
  let relabelTimer: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    clearTimeout(relabelTimer);
    relabelTimer = setTimeout(() => syncNodeLabels(), RELABEL_DELAY_MS);
  });

  function getViewport(): RenderViewport {
    const pan = cy.pan();
    return { zoom: cy.zoom(), panX: pan.x, panY: pan.y };
  }

  function placeVeil(scene: RenderScene, on: boolean): void {
    let veil = cy.getElementById(VEIL_ID);
    if (veil.empty()) {
      veil = cy.add({
        group: 'nodes',
        data: { id: VEIL_ID, width: 0, height: 0 },
        classes: [VEIL_CLASS],
      });
      veil.ungrabify().unselectify();
    }
    if (!on || scene.nodes.length === 0) {
      veil.removeClass(VEIL_ON_CLASS);
      return;
    }
    coverWithVeil(veil);
  }

  /** Sizes the veil to the drawn nodes and shows it. */
  function coverWithVeil(veil: cytoscape.NodeSingular): void {
    // Where the nodes are now (a re-layout moves them away from the scene's positions).
    const extent = veilExtent(
      drawn()
        .nodes()
        .map((node) => node.position()),
    );
    if (!extent) return;
    const { x1, y1, x2, y2 } = extent;
    veil.position({ x: (x1 + x2) / 2, y: (y1 + y2) / 2 });
    veil.data({ width: x2 - x1, height: y2 - y1 });
    veil.addClass(VEIL_ON_CLASS);
  }

  /**
   * Fits the nodes with room for their labels, from their positions alone: cytoscape's own fit
   * styles and measures every element first, which the first frame does again.
   */
  function fitTo(target: cytoscape.Collection): void {
    const nodes = target.nodes().union(target.edges().connectedNodes()).nodes();
    const viewport = fitViewport(
      nodes.map((node) => node.position()),
      canvasSize(),
    );
    if (viewport) cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.panX, y: viewport.panY } });
  }

  /** What the scene drew: neither the veil nor the hidden elements kept. */
  const drawn = () =>
    cy.elements().filter((element) => element.id() !== VEIL_ID && !hidden.has(element.id()));

  const isDrawn = (element: cytoscape.CollectionReturnValue): boolean =>
    element.nonempty() && !hidden.has(element.id());

  /** Removes the hidden elements kept longest, beyond `limit` (a node takes its edges along). */
  function dropHidden(limit: number): void {
    if (hidden.size <= limit) return;
    const dropped = cy.collection();
    let excess = hidden.size - limit;
    for (const element of hidden.values()) {
      if (excess-- <= 0) break;
      dropped.merge(element);
    }
    const withEdges = dropped.union(dropped.connectedEdges());
    withEdges.forEach((element) => {
      hidden.delete(element.id());
      signatures.delete(element.id());
      proposed.delete(element.id());
    });
    cy.remove(withEdges);
  }

  /** Glides nodes to where the scene now puts them (a layout, never inside a batch). */
  function moveNodes(moves: ReadonlyMap<string, { x: number; y: number }>, fit: boolean): void {
    const nodes = drawn().nodes();
    const positions: Record<string, { x: number; y: number }> = {};
    nodes.forEach((node) => {
      positions[node.id()] = moves.get(node.id()) ?? { ...node.position() };
    });
    // Fitted as a first frame is (fitViewport), so a link to the result opens on the same picture.
    const target = fit ? fitViewport(Object.values(positions), canvasSize()) : null;
    settled = new Promise<void>((resolve) => {
      const options: cytoscape.PresetLayoutOptions = {
        name: 'preset',
        positions,
        animate: true,
        animationDuration: 300,
        fit: false,
        ...(target && { zoom: target.zoom, pan: { x: target.panX, y: target.panY } }),
      };
      const layout = nodes.layout(options);
      layout.one('layoutstop', () => {
        // The nodes moved: the veil follows them.
        const veil = cy.getElementById(VEIL_ID);
        if (veil.hasClass(VEIL_ON_CLASS)) coverWithVeil(veil);
        syncNodeLabels();
        resolve();
      });
      layout.run();
    });
  }

  function apply(scene: RenderScene, applyOptions: ApplyOptions = {}): ApplyStats {
    const bends = edgeBends(scene.edges);
    const highlighted = isHighlighted(scene);
    const nextNodes = new Map(scene.nodes.map((node) => [node.id, node]));
    const nextEdges = new Map(scene.edges.map((edge) => [edge.id, edge]));
    degrees = sceneDegrees(scene.edges);
    let updated = 0;
    const moves = new Map<string, { x: number; y: number }>();
    const additions: ElementDefinition[] = [];
    const leaving = cy.collection();
    const returning = cy.collection();
    /** A kept element in the scene again: shown once the loop is done. */
    const keep = (id: string): cytoscape.CollectionReturnValue => {
      const element = hidden.get(id);
      if (element) {
        hidden.delete(id);
        returning.merge(element);
      }
      // Empty for a duplicate id still waiting to be added: the graph's checks refuse it.
      return cy.getElementById(id);
    };
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const id = element.id();
        if (id === VEIL_ID || hidden.has(id)) return;
        if (!(element.isNode() ? nextNodes.has(id) : nextEdges.has(id))) leaving.merge(element);
      });
      // A bypass, not a class: it changes one property instead of restyling the element.
      leaving.style('visibility', 'hidden');
      leaving.forEach((element) => {
        hidden.set(element.id(), element);
      });

      for (const node of scene.nodes) {
        const classes = drawnClasses(node.classes, highlighted);
        const signature = `${node.label}|${classes.join(' ')}`;
        const previous = signatures.get(node.id);
        if (previous === undefined) {
          additions.push({
            group: 'nodes',
            data: { id: node.id, label: nodeLabelText(node.classes, node.label), type: node.type },
            position: { x: node.x, y: node.y },
            classes,
          });
        } else {
          const wasHidden = hidden.has(node.id);
          const element = keep(node.id);
          const last = proposed.get(node.id);
          if (last && (last.x !== node.x || last.y !== node.y)) {
            // Hidden, it was not seen where it was: it comes back in its new place at once.
            if (wasHidden) element.position({ x: node.x, y: node.y });
            else moves.set(node.id, { x: node.x, y: node.y });
          }
          if (previous !== signature) {
            // Setting data restyles the element and dirties its bounds, even to the same value.
            const label = nodeLabelText(node.classes, node.label);
            if (element.data('label') !== label) element.data('label', label);
            element.classes(classes);
            updated += 1;
          }
        }
        signatures.set(node.id, signature);
        proposed.set(node.id, { x: node.x, y: node.y });
      }
      for (const edge of scene.edges) {
        const bend = bends.get(edge.id);
        const classes = drawnEdgeClasses(edge, highlighted, bend);
        const signature = `${edge.label}|${edge.width}|${bend}|${classes.join(' ')}`;
        // Not part of the signature: the zoom handler keeps it on the edges drawn.
        if (edgesLabelled) classes.push(LABELLED);
        const previous = signatures.get(edge.id);
        if (previous === undefined) {
          additions.push({
            group: 'edges',
            data: {
              id: edge.id,
              source: edge.source,
              target: edge.target,
              label: edge.label,
              width: edge.width,
              bend: bend ?? 0,
            },
            classes,
          });
        } else {
          const element = keep(edge.id);
          if (previous !== signature) {
            const data = { label: edge.label, width: edge.width, bend: bend ?? 0 };
            const changed = Object.entries(data).some(
              ([key, value]) => element.data(key) !== value,
            );
            if (changed) element.data(data);
            element.classes(classes);
            updated += 1;
          } else if (element.hasClass(LABELLED) !== edgesLabelled) {
            // Hidden while the zoom crossed the edge labels' threshold.
            element.toggleClass(LABELLED, edgesLabelled);
          }
        }
        signatures.set(edge.id, signature);
      }
      returning.removeStyle('visibility');
      if (additions.length > 0) cy.add(additions);
      dropHidden(KEPT_HIDDEN_LIMIT);
      placeVeil(scene, highlighted);
      // In the same batch, so cytoscape styles each changed node once.
      if (viewportSet) syncNodeLabels();
    });
    if (moves.size > 0) moveNodes(moves, applyOptions.fit ?? false);
    const elements = scene.nodes.length + scene.edges.length;
    return {
      added: additions.length,
      revealed: returning.length,
      removed: leaving.length,
      updated,
      moved: moves.size,
      elements,
      resident: elements + hidden.size,
    };
  }

  return {
    cy,
    apply,
    setHandlers(next) {
      handlers = next;
    },
    setTheme(theme) {
      cy.style(buildStylesheet(theme, { large: options.large }));
    },
    fit(ids) {
      let target = drawn();
      if (ids && ids.length > 0) {
        target = cy.collection();
        for (const id of ids) {
          const element = cy.getElementById(id);
          if (isDrawn(element)) target.merge(element);
        }
      }
      fitTo(target);
      viewportSet = true;
      syncEdgeLabels();
      syncNodeLabels();
    },
    center(id) {
      const element = cy.getElementById(id);
      if (!isDrawn(element)) return;
      // On its position: cytoscape's own centring measures the element's box, label included,
      // in the input's task rather than in the frame that draws it anyway.
      const { x, y } = element.position();
      const zoom = cy.zoom();
      const { width, height } = canvasSize();
      cy.animate({ pan: { x: width / 2 - x * zoom, y: height / 2 - y * zoom }, duration: 200 });
    },
    getViewport,
    setViewport(viewport) {
      cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.panX, y: viewport.panY } });
      viewportSet = true;
      syncEdgeLabels();
      syncNodeLabels();
    },
    whenSettled: () => settled,
    renderedPositionOf(id) {
      const element = cy.getElementById(id);
      if (!isDrawn(element)) return null;
      return element.group() === 'edges'
        ? cy.$id(id).edges()[0]!.renderedMidpoint()
        : cy.$id(id).nodes()[0]!.renderedPosition();
    },
    exportPng(background) {
      // cytoscape's full image spans every element it holds, hidden ones included.
      dropHidden(0);
      // The veil is a device of the screen: with its margin it would frame the image in blank.
      const veil = cy.getElementById(VEIL_ID);
      const veiledNow = veil.hasClass(VEIL_ON_CLASS);
      if (veiledNow) veil.removeClass(VEIL_ON_CLASS);
      // The image is the whole graph at zoom 1, not the viewport: label it for that frame.
      const extent = extentWithLabelRoom(
        drawn()
          .nodes()
          .map((node) => node.position()),
      );
      if (extent) {
        const { x1, y1, x2, y2 } = extent;
        syncNodeLabels({ zoom: 1, pan: { x: -x1, y: -y1 }, width: x2 - x1, height: y2 - y1 });
      }
      const image = cy.png({ full: true, output: 'blob', bg: background, scale: 2 });
      syncNodeLabels();
      if (veiledNow) veil.addClass(VEIL_ON_CLASS);
      return image as unknown as Blob;
    },
    onceDrawn(callback) {
      cy.one('render', callback);
    },
    destroy() {
      clearTimeout(relabelTimer);
      cy.destroy();
      signatures.clear();
      proposed.clear();
      hidden.clear();
    },
  };
}
