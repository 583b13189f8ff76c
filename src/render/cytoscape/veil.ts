// The veil: one translucent node above everything but what the selection touches, instead of a
// faded class on every other element (which made cytoscape restyle the whole view on each pick).
import type { Core, NodeSingular } from 'cytoscape';
import { VEIL_ID, veilExtent } from '../scene/fit';
import type { RenderScene } from '../scene/types';
import { VEIL_CLASS, VEIL_ON_CLASS } from '../style/stylesheet';
import type { Residents } from './residents';

export interface Veil {
  /** Shows the veil over the scene's nodes, or takes it away. */
  place(scene: RenderScene, on: boolean): void;
  /** The nodes moved: the veil, when shown, covers them where they are now. */
  follow(): void;
  /** Runs `draw` with the veil taken away (an image has no use for it), then puts it back. */
  without<T>(draw: () => T): T;
}

export function createVeil(cy: Core, residents: Residents): Veil {
  const find = (): NodeSingular => {
    let veil = cy.getElementById(VEIL_ID);
    if (veil.empty()) {
      veil = cy.add({
        group: 'nodes',
        data: { id: VEIL_ID, width: 0, height: 0 },
        classes: [VEIL_CLASS],
      });
      veil.ungrabify().unselectify();
    }
    return veil;
  };

  /** Sizes the veil to the drawn nodes and shows it. */
  function cover(veil: NodeSingular): void {
    // Where the nodes are now (a re-layout moves them away from the scene's positions).
    const extent = veilExtent(
      residents
        .drawn()
        .nodes()
        .map((node) => node.position()),
    );
    if (!extent) return;
    const { x1, y1, x2, y2 } = extent;
    veil.position({ x: (x1 + x2) / 2, y: (y1 + y2) / 2 });
    veil.data({ width: x2 - x1, height: y2 - y1 });
    veil.addClass(VEIL_ON_CLASS);
  }

  return {
    place(scene, on) {
      const veil = find();
      if (!on || scene.nodes.length === 0) veil.removeClass(VEIL_ON_CLASS);
      else cover(veil);
    },
    follow() {
      const veil = cy.getElementById(VEIL_ID);
      if (veil.hasClass(VEIL_ON_CLASS)) cover(veil);
    },
    without(draw) {
      // With its margin it would frame the image in blank.
      const veil = cy.getElementById(VEIL_ID);
      const veiledNow = veil.hasClass(VEIL_ON_CLASS);
      if (veiledNow) veil.removeClass(VEIL_ON_CLASS);
      try {
        return draw();
      } finally {
        if (veiledNow) veil.addClass(VEIL_ON_CLASS);
      }
    },
  };
}
