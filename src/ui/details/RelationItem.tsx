// One relation in an entity's list: the neighbour, when (and how sure), according to whom and in
// what voice, from how many independent origins, and the quotes.
import { edgeAttribution } from '../../model/provenance';
import type { RelationEntry } from '../../model/types';
import { describeOriginCount, markEstimated, speakersOf } from '../../view/provenance/phrases';
import { Names } from '../shared/Names';
import { EntityLink } from '../shared/EntityLink';
import { EvidenceList } from '../shared/EvidenceList';
import { useActions, useModel } from '../shared/appContext';
import { formatEdtf } from '../shared/labels';

export function RelationItem({ relation }: { relation: RelationEntry }) {
  const model = useModel();
  const { select } = useActions();
  const attribution = edgeAttribution(model, relation.edgeId);
  const speakers = attribution ? speakersOf(attribution).map((s) => s.label) : [];
  return (
    <li className="relation-item">
      <EntityLink id={relation.neighbourId} label={relation.neighbourLabel} />
      <span className="relation-meta">
        {' '}
        · {markEstimated(formatEdtf(relation.date), attribution?.date.estimated ?? false)}
        {attribution && (
          <>
            {speakers.length > 0 && (
              <>
                {' '}
                · according to <Names names={speakers} />
              </>
            )}{' '}
            · {attribution.status.label} · {describeOriginCount(attribution.independentOrigins)}
          </>
        )}
        {' · '}
        <button type="button" className="link-button" onClick={() => select(relation.edgeId)}>
          relation details
        </button>
      </span>
      {/* Who it is according to is said once above; the relation's panel has it quote by quote. */}
      <EvidenceList evidence={relation.evidence} />
    </li>
  );
}
