// "How is A connected to B": two entity pickers and the chain of relations between them, each link
// with who it is according to. Statements (claim edges) join the chain only when asked for.
import { edgeAttribution } from '../../model/provenance';
import { edgeAttributes, entityLabel, evidenceFor } from '../../model/queries';
import type { PathsResult } from '../../model/types';
import { describeOriginCount, markEstimated, speakersOf } from '../../view/provenance/phrases';
import { Names } from '../shared/Names';
import { EvidenceList } from '../shared/EvidenceList';
import { EntityLink } from '../shared/EntityLink';
import { ItemName } from '../shared/ItemName';
import { SearchBox } from '../shared/SearchBox';
import { useActions, useAppState, useModel } from '../shared/appContext';
import { formatEdtf } from '../shared/labels';

/** One link of the chain: the relation, according to whom, in what voice, from how many origins. */
function PathLink({ edge }: { edge: string }) {
  const model = useModel();
  const attribution = edgeAttribution(model, edge);
  const speakers = attribution ? speakersOf(attribution).map((s) => s.label) : [];
  return (
    <li>
      <EntityLink id={edge} label={<ItemName id={edge} />} />
      {attribution && (
        <p className="linked-attribution">
          {speakers.length > 0 ? (
            <>
              according to <Names names={speakers} />
            </>
          ) : (
            'according to its sources'
          )}{' '}
          · {attribution.status.label} · {describeOriginCount(attribution.independentOrigins)}
          {attribution.date.estimated && (
            <> · {markEstimated(formatEdtf(edgeAttributes(model, edge)?.date ?? null), true)}</>
          )}
        </p>
      )}
      <EvidenceList evidence={evidenceFor(model, edge)} attribution={attribution} itemId={edge} />
    </li>
  );
}

export function PathFinder({ result }: { result: PathsResult | null }) {
  const model = useModel();
  const pathFrom = useAppState((state) => state.view.pathFrom);
  const pathTo = useAppState((state) => state.view.pathTo);
  const throughClaims = useAppState((state) => state.view.pathThroughClaims);
  const { setPath, togglePathThroughClaims } = useActions();
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
      <label className="inline-field">
        <input type="checkbox" checked={throughClaims} onChange={() => togglePathThroughClaims()} />
        Include statements (paths through claims: stated, about, supports, contradicts)
      </label>
      {(pathFrom || pathTo) && (
        <button type="button" className="link-button" onClick={() => setPath(null, null)}>
          Clear path
        </button>
      )}
      {pathFrom && pathTo && result && !result.found && (
        <p role="status">
          No connection between them in the current view.{' '}
          {throughClaims ? 'Try clearing filters.' : 'Try clearing filters, or include statements.'}
        </p>
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
                      <PathLink key={edge} edge={edge} />
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
