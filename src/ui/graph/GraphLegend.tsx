// The key to the drawing, beside it at all times (issue 17): a compact strip of what the current
// view shows, foldable. The type filters stay in the sidebar's legend; this one only explains.
import { ENTITY_TYPE_DEFINITIONS } from '../../schema/vocabulary';
import type { DerivedView, ViewClass } from '../../view/types';
import { TypeIcon } from '../shared/TypeIcon';

/** The marks the view draws, so the strip names those and no others. */
function marksIn(view: DerivedView) {
  const edgeHas = (mark: ViewClass) => view.edges.some((edge) => edge.classes.includes(mark));
  return {
    disputed: view.nodes.some((node) => node.classes.includes('disputed')),
    relation: view.edges.some(
      (edge) =>
        !edge.classes.includes('contradicts') &&
        !edge.classes.includes('supports') &&
        !edge.classes.includes('statement'),
    ),
    statement: edgeHas('statement'),
    contradicts: edgeHas('contradicts'),
    supports: edgeHas('supports'),
  };
}

/** `folded`: starts folded (on a phone, where every line of it is a line less of graph). */
export function GraphLegend({ view, folded = false }: { view: DerivedView; folded?: boolean }) {
  const shownTypes = new Set(view.nodes.map((node) => node.type));
  const types = ENTITY_TYPE_DEFINITIONS.filter((type) => shownTypes.has(type.id));
  const marks = marksIn(view);
  return (
    <details className="graph-legend" open={!folded}>
      <summary>Legend</summary>
      <ul aria-label="What the graph shows">
        {types.map((type) => (
          <li key={type.id}>
            <TypeIcon type={type.id} /> {type.label}
          </li>
        ))}
        {marks.disputed && (
          <li>
            <span className="legend-node legend-disputed" aria-hidden="true" /> Disputed claim
          </li>
        )}
        {marks.relation && (
          <li>
            <span className="edge-swatch" aria-hidden="true" /> Relation, subject → object
          </li>
        )}
        {marks.statement && (
          <li>
            <span className="edge-swatch edge-statement" aria-hidden="true" /> Rests on someone’s
            word
          </li>
        )}
        {marks.contradicts && (
          <li>
            <span className="edge-swatch edge-contradicts" aria-hidden="true" /> Contradicts
          </li>
        )}
        {marks.supports && (
          <li>
            <span className="edge-swatch edge-supports" aria-hidden="true" /> Supports
          </li>
        )}
      </ul>
    </details>
  );
}
