// An entity: what it is, what it can be done with, its relations by kind, and the claims it made
// or that are about it.
import { Fragment } from 'react';
import { claimsOf, nodeAttributes, relationsOf } from '../../model/queries';
import { describeRelationGroup } from '../../model/sentences';
import { ShowMoreList } from '../shared/ShowMoreList';
import { useModel } from '../shared/appContext';
import { typeLabel } from '../shared/labels';
import { ClaimList } from './ClaimList';
import { EntityActions } from './EntityActions';
import { ExternalIds } from './ExternalIds';
import { Panel, type HeadingRef } from './Panel';
import { RelationItem } from './RelationItem';

export function EntityDetails({ id, headingRef }: { id: string; headingRef: HeadingRef }) {
  const model = useModel();
  const attributes = nodeAttributes(model, id);
  if (!attributes) return null;
  const groups = relationsOf(model, id).filter(
    (group) => group.predicate !== 'stated' && group.predicate !== 'about',
  );
  const claims = claimsOf(model, id);
  return (
    <Panel title={attributes.label} kind={typeLabel(attributes.type)} headingRef={headingRef}>
      {attributes.aliases.length > 0 && (
        <p className="aliases">
          Also called:{' '}
          {attributes.aliases.map((alias, index) => (
            <Fragment key={index}>
              {index > 0 && ', '}
              <bdi>{alias}</bdi>
            </Fragment>
          ))}
        </p>
      )}
      {attributes.description && <p>{attributes.description}</p>}
      <ExternalIds ids={attributes.externalIds} />
      <EntityActions id={id} />
      <h3>Relations</h3>
      {groups.length === 0 && <p className="muted">No relations recorded.</p>}
      {groups.map((group) => (
        // Keyed by entity too, so another entity's group starts again at its first page.
        <div key={`${id}:${group.direction}:${group.predicate}`} className="relation-group">
          <h4>
            <GroupHeading
              label={attributes.label}
              predicate={group.predicate}
              direction={group.direction}
            />
          </h4>
          <ShowMoreList
            items={group.relations}
            noun="relations"
            renderItem={(relation) => <RelationItem key={relation.edgeId} relation={relation} />}
          />
        </div>
      ))}
      <ClaimList
        key={`${id}:stated`}
        title={
          <>
            Claims by <bdi>{attributes.label}</bdi>
          </>
        }
        claims={claims.stated}
      />
      <ClaimList
        key={`${id}:about`}
        title={
          <>
            Claims about <bdi>{attributes.label}</bdi>
          </>
        }
        claims={claims.about}
      />
    </Panel>
  );
}

/** "TikTok was owned by…": a group of relations as the start of a sentence about the entity. */
function GroupHeading({
  label,
  predicate,
  direction,
}: {
  label: string;
  predicate: string;
  direction: 'outgoing' | 'incoming';
}) {
  const model = useModel();
  const { entityFirst, verb } = describeRelationGroup(model, label, predicate, direction);
  // <bdi>: a label's unclosed bidi override must not reverse the words after it.
  return entityFirst ? (
    <>
      <bdi>{label}</bdi> {verb}…
    </>
  ) : (
    <>
      …{verb} <bdi>{label}</bdi>
    </>
  );
}
