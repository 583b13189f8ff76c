// Relations or claims that bear on a claim, each with its own quotes.
import { evidenceFor } from '../../model/queries';
import type { GraphModel } from '../../model/types';
import { EntityLink } from '../shared/EntityLink';
import { EvidenceList } from '../shared/EvidenceList';
import { ItemName } from '../shared/ItemName';

export function LinkedList({
  title,
  ids,
  model,
}: {
  title: string;
  ids: readonly string[];
  model: GraphModel;
}) {
  if (ids.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="linked-list">
        {ids.map((linked) => (
          <li key={linked}>
            <EntityLink id={linked} label={<ItemName id={linked} />} />
            <EvidenceList evidence={evidenceFor(model, linked)} itemId={linked} />
          </li>
        ))}
      </ul>
    </>
  );
}
