// The tooltip over a node: its label, its type and how many relations it has (a claim: its label,
// and "disputed" where so). Shown for the node under the pointer, or for the entity focused in
// the entity list, where that node is drawn; it follows the node while the view moves.
import { useEffect, useState } from 'react';
import type { Renderer } from '../../render/cytoscape/types';
import type { ViewNode } from '../../view/types';
import { useModel } from '../shared/appContext';
import { typeLabel } from '../shared/labels';

export const GRAPH_TOOLTIP_ID = 'graph-tooltip';

export function GraphTooltip({ node, renderer }: { node: ViewNode; renderer: Renderer | null }) {
  const model = useModel();
  const at = useClientPosition(renderer, node.id);
  if (!at) return null;
  const index = model.nodes.index.get(node.id);
  const relations = index === undefined ? 0 : (model.nodes.degree[index] ?? 0);
  const claim = node.type === 'claim';
  return (
    <div
      id={GRAPH_TOOLTIP_ID}
      role="tooltip"
      className="graph-tooltip"
      style={{ left: at.x, top: at.y }}
    >
      <strong>
        <bdi>{node.label}</bdi>
      </strong>
      <span className="graph-tooltip-facts">
        {typeLabel(node.type)}
        {!claim && ` · ${relations} ${relations === 1 ? 'relation' : 'relations'}`}
        {node.classes.includes('disputed') && <span className="disputed-marker"> ⚠ disputed</span>}
      </span>
    </div>
  );
}

/** Where the node is drawn, in client coordinates, read again each frame while shown. */
function useClientPosition(renderer: Renderer | null, id: string) {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  useEffect(() => {
    if (!renderer) return undefined;
    let frame = 0;
    const follow = () => {
      const next = renderer.clientPositionOf(id);
      setAt((last) =>
        last && next && Math.abs(last.x - next.x) < 0.5 && Math.abs(last.y - next.y) < 0.5
          ? last
          : next,
      );
      frame = requestAnimationFrame(follow);
    };
    follow();
    return () => cancelAnimationFrame(frame);
  }, [renderer, id]);
  return at;
}
