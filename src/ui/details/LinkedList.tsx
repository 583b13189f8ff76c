// Relations or claims that bear on a claim, each named with who claims it and in what voice, so an
// anonymous blogger's opinion never reads like a recorded insider's statement; then its quotes.
import { edgeAttribution, claimAttribution } from '../../model/provenance';
import type { LinkedItem } from '../../model/provenanceTypes';
import { evidenceFor } from '../../model/queries';
import { describeOriginCount, nameSpeakers } from '../../view/provenance/phrases';
import { EntityLink } from '../shared/EntityLink';
import { Names } from '../shared/Names';
import { EvidenceList } from '../shared/EvidenceList';
import { ItemName } from '../shared/ItemName';
import { useModel } from '../shared/appContext';

function WhoClaims({ item }: { item: LinkedItem }) {
  const speakers = item.speakers.map((s) => s.label);
  const { claimant } = item;
  const accordingTo = speakers.length > 0 && (
    <>
      according to <Names names={speakers} />
    </>
  );
  if (claimant) {
    const saidBySomeoneElse = nameSpeakers(item.speakers) !== claimant.label && accordingTo;
    return (
      <>
        claimed by <bdi>{claimant.label}</bdi>
        {saidBySomeoneElse && <>, {accordingTo}</>}
      </>
    );
  }
  return accordingTo || <>according to its sources</>;
}

export function LinkedList({ title, items }: { title: string; items: readonly LinkedItem[] }) {
  const model = useModel();
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="linked-list">
        {items.map((item) => (
          <li key={item.id}>
            <EntityLink id={item.id} label={<ItemName id={item.id} />} />
            <p className="linked-attribution">
              <WhoClaims item={item} /> · {item.status.label} ·{' '}
              {describeOriginCount(item.independentOrigins)}
            </p>
            <EvidenceList
              evidence={evidenceFor(model, item.id)}
              itemId={item.id}
              attribution={
                item.kind === 'claim'
                  ? claimAttribution(model, item.id)
                  : edgeAttribution(model, item.id)
              }
            />
          </li>
        ))}
      </ul>
    </>
  );
}
