// The cytoscape adapter: one instance for the life of the page, updated by diffing each scene by id
// inside a single cy.batch (applyScene). It is put together here from small parts: what cytoscape
// holds (residents), labels, the veil, the viewport, moves and the image export. It knows nothing
// of the store or React.
import cytoscape from 'cytoscape';
import type { EventObject } from 'cytoscape';
import { MAX_ZOOM, MIN_ZOOM } from '../scene/fit';
import { buildStylesheet } from '../style/stylesheet';
import { applyScene } from './applyScene';
import { captionImage } from './captionImage';
import { pictureWithContext } from '../context/pictureWithContext';
import { PNG_SCALE, exportPlacedPng, exportPng } from './exportImage';
import { exportSvg } from './exportSvg';
import { createLabelSync } from './labels';
import { moveNodes } from './moves';
import { createResidents } from './residents';
import type { Renderer, RendererHandlers, RendererOptions } from './types';
import { createVeil } from './veil';
import { centreOn, fitTo, readViewport, writeViewport } from './viewport';
import { takeOverWheel, zoomCentred } from './zoom';

export function createRenderer(options: RendererOptions): Renderer {
  const large = options.large ?? false;
  const cy = cytoscape({
    container: options.container,
    headless: options.container === undefined,
    // Headless (tests, no container) computes styles too, so they can be checked.
    styleEnabled: true,
    style: buildStylesheet(options.theme, { large }),
    layout: { name: 'preset' },
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    hideEdgesOnViewport: large,
    textureOnViewport: large,
  });
  const canvasSize = () => options.size ?? { width: cy.width(), height: cy.height() };
  const residents = createResidents(cy);
  const labels = createLabelSync(cy, residents, { large, canvasSize });
  const veil = createVeil(cy, residents);
  const parts = { residents, labels, veil };
  let settled: Promise<void> = Promise.resolve();
  let handlers: RendererHandlers = {};

  const idOf = (event: EventObject): string => String(event.target.id());
  cy.on('tap', 'node', (event) => handlers.tapNode?.(idOf(event)));
  cy.on('tap', 'edge', (event) => handlers.tapEdge?.(idOf(event)));
  cy.on('dbltap', 'node', (event) => handlers.doubleTapNode?.(idOf(event)));
  cy.on('taphold', 'node, edge', (event) => handlers.holdElement?.(idOf(event)));
  cy.on('mouseover', 'node', (event) => handlers.hoverNode?.(idOf(event)));
  cy.on('mouseout', 'node', () => handlers.hoverNode?.(null));
  // A pointer that leaves the canvas in one move leaves no mouseout on the node it was over.
  const leave = () => handlers.hoverNode?.(null);
  options.container?.addEventListener('mouseleave', leave);
  cy.on('tap', (event) => {
    if (event.target === cy) handlers.tapBackground?.({ x: event.position.x, y: event.position.y });
  });
  // Only a person's pan or zoom is reported: automatic fits and centring are not view state.
  cy.on('scrollzoom pinchzoom dragpan', () => handlers.viewportChange?.(readViewport(cy)));
  const releaseWheel = options.container ? takeOverWheel(cy, options.container) : () => {};

  /** A viewport was chosen: labels are placed for it from now on. */
  const viewportChosen = () => {
    labels.startPlacing();
    labels.syncEdgeLabels();
    labels.syncNodeLabels();
  };

  const renderedPositionOf = (id: string) => {
    const element = cy.getElementById(id);
    if (!residents.isDrawn(element)) return null;
    return element.group() === 'edges'
      ? cy.$id(id).edges()[0]!.renderedMidpoint()
      : cy.$id(id).nodes()[0]!.renderedPosition();
  };

  return {
    cy,
    apply(scene, applyOptions = {}) {
      const { stats, moves } = applyScene(cy, parts, scene);
      if (moves.size > 0) {
        const fitIn = applyOptions.fit ? canvasSize() : null;
        settled = moveNodes(residents.drawn().nodes(), moves, fitIn, () => {
          // The nodes moved: the veil follows them, and labels are placed where they are now.
          veil.follow();
          labels.syncNodeLabels();
        });
      }
      return stats;
    },
    setHandlers(next) {
      handlers = next;
    },
    setTheme(theme) {
      cy.style(buildStylesheet(theme, { large }));
    },
    fit(ids) {
      let target = residents.drawn();
      if (ids && ids.length > 0) {
        target = cy.collection();
        for (const id of ids) {
          const element = cy.getElementById(id);
          if (residents.isDrawn(element)) target.merge(element);
        }
      }
      fitTo(cy, target, canvasSize());
      viewportChosen();
    },
    center(id) {
      const element = cy.getElementById(id);
      if (residents.isDrawn(element)) centreOn(cy, element, canvasSize());
    },
    zoomBy(factor) {
      zoomCentred(cy, factor, canvasSize());
      // A person asked for it: it is view state, like a wheel's zoom.
      handlers.viewportChange?.(readViewport(cy));
    },
    getViewport: () => readViewport(cy),
    setViewport(viewport) {
      writeViewport(cy, viewport);
      viewportChosen();
    },
    whenSettled: () => settled,
    renderedPositionOf,
    clientPositionOf(id) {
      const point = renderedPositionOf(id);
      if (!point || !options.container) return null;
      const box = options.container.getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    exportPng: (background) => exportPng(cy, parts, background),
    exportCaptionedPng: (colours, caption) =>
      captionImage(exportPng(cy, parts, colours.background), caption, colours, PNG_SCALE),
    async exportPngWithContext(colours, caption, underlay) {
      const picture = await pictureWithContext(
        exportPlacedPng(cy, parts, undefined),
        underlay,
        colours.background,
      );
      return caption ? captionImage(picture, caption, colours, PNG_SCALE) : picture;
    },
    exportSvg: (colours, caption) => exportSvg(cy, parts, colours, caption),
    onceDrawn(callback) {
      cy.one('render', callback);
    },
    destroy() {
      releaseWheel();
      options.container?.removeEventListener('mouseleave', leave);
      labels.destroy();
      cy.destroy();
      residents.clear();
    },
  };
}
