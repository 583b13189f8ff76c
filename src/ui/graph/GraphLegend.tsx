// The key to the drawing, beside it at all times (issue 17): a compact strip of what the current
// view shows, foldable. The type filters stay in the sidebar's legend; this one only explains.
import { ENTITY_TYPE_DEFINITIONS } from '../../schema/vocabulary';
import type { DerivedView } from '../../view/types';
import { TypeIcon } from '../shared/TypeIcon';

/** `folded`: starts folded (on a phone, where every line of it is a line less of graph). */
export function GraphLegend({ view, folded = false }: { view: DerivedView; folded?: boolean }) {
  const shownTypes = new Set(view.nodes.map((node) => node.type));
  const types = ENTITY_TYPE_DEFINITIONS.filter((type) => shownTypes.has(type.id));
  return (
    <details className="graph-legend" open={!folded}>
      <summary>Legend</summary>
      <ul aria-label="What the graph shows">
        {types.map((type) => (
          <li key={type.id}>
            <TypeIcon type={type.id} /> {type.label}
          </li>
        ))}
        <li>
          <span className="legend-node legend-disputed" aria-hidden="true" /> Disputed claim
          (contradicted)
        </li>
        <li>
          <span className="edge-swatch" aria-hidden="true" /> Relation, arrow from subject to object
        </li>
        <li>
          <span className="edge-swatch edge-contradicts" aria-hidden="true" /> Contradicts
        </li>
        <li>
          <span className="edge-swatch edge-supports" aria-hidden="true" /> Supports
        </li>
      </ul>
    </details>
  );
}
