// One relation in an entity's list: the neighbour, when, how many sources, and the quotes.
import type { RelationEntry } from '../../model/types';
import { EntityLink } from '../shared/EntityLink';
import { EvidenceList } from '../shared/EvidenceList';
import { useActions } from '../shared/appContext';
import { formatEdtf, sourcesPhrase } from '../shared/labels';

export function RelationItem({ relation }: { relation: RelationEntry }) {
  const { select } = useActions();
  return (
    <li className="relation-item">
      <EntityLink id={relation.neighbourId} label={relation.neighbourLabel} />
      <span className="relation-meta">
        {' '}
        · {formatEdtf(relation.date)} · {sourcesPhrase(relation.corroboration)}
        {' · '}
        <button type="button" className="link-button" onClick={() => select(relation.edgeId)}>
          relation details
        </button>
      </span>
      <EvidenceList evidence={relation.evidence} />
    </li>
  );
}
