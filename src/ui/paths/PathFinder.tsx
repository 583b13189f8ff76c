// "How is A connected to B": two entity pickers and the chain of relations between them.
import { entityLabel, evidenceFor } from '../../model/queries';
import type { PathsResult } from '../../model/types';
import { EvidenceList } from '../shared/EvidenceList';
import { EntityLink } from '../shared/EntityLink';
import { ItemName } from '../shared/ItemName';
import { SearchBox } from '../shared/SearchBox';
import { useActions, useAppState, useModel } from '../shared/appContext';

export function PathFinder({ result }: { result: PathsResult | null }) {
  const model = useModel();
  const pathFrom = useAppState((state) => state.view.pathFrom);
  const pathTo = useAppState((state) => state.view.pathTo);
  const { setPath } = useActions();
  const labelOf = (id: string | null) => (id ? entityLabel(model, id) : '');
  return (
    <section className="path-finder" aria-label="Connection finder">
      <h2 className="section-title">How are they connected?</h2>
      <p className="muted">
        From: <strong>{labelOf(pathFrom) || 'not chosen'}</strong> · To:{' '}
        <strong>{labelOf(pathTo) || 'not chosen'}</strong>
      </p>
      <SearchBox
        label="Path from entity"
        placeholder="From…"
        onPick={(id) => setPath(id, pathTo)}
      />
      <SearchBox label="Path to entity" placeholder="To…" onPick={(id) => setPath(pathFrom, id)} />
      {(pathFrom || pathTo) && (
        <button type="button" className="link-button" onClick={() => setPath(null, null)}>
          Clear path
        </button>
      )}
      {pathFrom && pathTo && result && !result.found && (
        <p role="status">No connection between them in the current view. Try clearing filters.</p>
      )}
      {result?.found &&
        result.paths.map((path, index) => (
          <div key={path.nodes.join('>')} className="path">
            <h3>
              Path {index + 1} of {result.paths.length} ({result.length}{' '}
              {result.length === 1 ? 'step' : 'steps'})
            </h3>
            <ol>
              {path.hops.map((hop) => (
                <li key={`${hop.from}>${hop.to}`}>
                  <EntityLink id={hop.from} label={labelOf(hop.from)} /> —{' '}
                  <EntityLink id={hop.to} label={labelOf(hop.to)} />
                  <ul>
                    {hop.edges.map((edge) => (
                      <li key={edge}>
                        <EntityLink id={edge} label={<ItemName id={edge} />} />
                        <EvidenceList evidence={evidenceFor(model, edge)} itemId={edge} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </div>
        ))}
      {result?.truncated && (
        <p className="muted">More paths of the same length exist; showing the first ones.</p>
      )}
    </section>
  );
}
