// What the selection is and what backs it: an entity with its relations, a claim with what
// supports or contradicts it, or a single relation with its evidence.
import {
  Fragment,
  useDeferredValue,
  useEffect,
  useId,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';
import {
  claimsOf,
  edgeAttributes,
  entityLabel,
  evidenceFor,
  kindOf,
  nodeAttributes,
  relationEnds,
  relationsOf,
} from '../../model/queries';
import type { GraphModel, RelationEntry } from '../../model/types';
import { EvidenceList } from '../shared/EvidenceList';
import { ShowMoreList } from '../shared/ShowMoreList';
import { EntityActions } from './EntityActions';
import { returnFocusToList } from '../shared/focusTargets';
import { useActions, useAppState, useModel } from '../shared/appContext';
import { formatEdtf, typeLabel } from '../shared/labels';

type HeadingRef = RefObject<HTMLHeadingElement | null>;

export function DetailsPanel() {
  const model = useModel();
  // Rendered after the graph has shown the selection: a hub's panel is a long list to build.
  const selected = useDeferredValue(useAppState((state) => state.view.selected));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previous = useRef(selected);
  useEffect(() => {
    const before = previous.current;
    previous.current = selected;
    // Walking to a neighbour through the panel's own links removes the focused link with the item
    // it belonged to: keep the keyboard user's place on the new heading, not on the bare page.
    if (
      before !== null &&
      selected !== null &&
      before !== selected &&
      document.activeElement === document.body
    ) {
      headingRef.current?.focus();
    }
  }, [selected]);
  if (!selected) return null;
  switch (kindOf(model, selected)) {
    case 'entity':
      return <EntityDetails id={selected} headingRef={headingRef} />;
    case 'claim':
      return <ClaimDetails id={selected} headingRef={headingRef} />;
    case 'relation':
      return <RelationDetails id={selected} headingRef={headingRef} />;
    case null:
      return null;
  }
}

function Panel({
  title,
  kind,
  headingRef,
  children,
}: {
  title: ReactNode;
  kind: string;
  headingRef: HeadingRef;
  children: ReactNode;
}) {
  const headingId = useId();
  const { select } = useActions();
  return (
    <section className="details" aria-labelledby={headingId}>
      <header className="panel-header">
        <div>
          <p className="eyebrow">{kind}</p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label="Close details"
          onClick={() => {
            select(null);
            returnFocusToList();
          }}
        >
          ×
        </button>
      </header>
      {children}
    </section>
  );
}

export function EntityLink({ id, label }: { id: string; label: ReactNode }) {
  const { select } = useActions();
  return (
    <button type="button" className="link-button entity-link" onClick={() => select(id)}>
      {label}
    </button>
  );
}

function EntityDetails({ id, headingRef }: { id: string; headingRef: HeadingRef }) {
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
            {/* <bdi>: a label's unclosed bidi override must not reverse the words after it. */}
            {group.direction === 'outgoing' ? (
              <>
                <bdi>{attributes.label}</bdi> <bdi>{group.predicateLabel}</bdi>…
              </>
            ) : (
              <>
                …<bdi>{group.predicateLabel}</bdi> <bdi>{attributes.label}</bdi>
              </>
            )}
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

function RelationItem({ relation }: { relation: RelationEntry }) {
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

function ClaimList({
  title,
  claims,
}: {
  title: ReactNode;
  claims: ReturnType<typeof claimsOf>['stated'];
}) {
  if (claims.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ShowMoreList
        className="claim-list"
        items={claims}
        noun="claims"
        renderItem={(claim) => (
          <li key={claim.id}>
            <EntityLink id={claim.id} label={claim.label} />
            {claim.claim.disputed && <DisputedMarker />}
            <span className="relation-meta"> · {formatEdtf(claim.claim.date)}</span>
          </li>
        )}
      />
    </>
  );
}

export function DisputedMarker() {
  return (
    <span className="disputed-marker">
      <span aria-hidden="true">⚠ </span>disputed
    </span>
  );
}

function ExternalIds({ ids }: { ids: Record<string, string> }) {
  const entries = Object.entries(ids);
  if (entries.length === 0) return null;
  return (
    <p className="external-ids">
      {entries.map(([scheme, value]) =>
        scheme === 'wikidata' && /^Q\d+$/.test(value) ? (
          <a
            key={scheme}
            href={`https://www.wikidata.org/wiki/${value}`}
            rel="noopener noreferrer"
            target="_blank"
          >
            Wikidata {value}
          </a>
        ) : (
          <span key={scheme}>
            <bdi>{scheme}</bdi>: <bdi>{value}</bdi>
          </span>
        ),
      )}
    </p>
  );
}

function ClaimDetails({ id, headingRef }: { id: string; headingRef: HeadingRef }) {
  const model = useModel();
  const attributes = nodeAttributes(model, id);
  const claim = attributes?.claim;
  if (!attributes || !claim) return null;
  const claimant = claim.claimant && nodeAttributes(model, claim.claimant) ? claim.claimant : null;
  return (
    <Panel title={attributes.label} kind="Claim" headingRef={headingRef}>
      {claim.disputed && (
        <p className="disputed-banner">
          <DisputedMarker /> — something in the sources contradicts this claim.
        </p>
      )}
      <p className="statement">{claim.statement}</p>
      <dl className="facts">
        <dt>Claimed by</dt>
        <dd>
          {claimant ? <EntityLink id={claimant} label={entityLabel(model, claimant)} /> : 'unknown'}
        </dd>
        <dt>When</dt>
        <dd>
          {formatEdtf(claim.date)}
          {claim.dateBasis && (
            <span className="muted">
              {' ('}
              <bdi>{claim.dateBasis}</bdi>)
            </span>
          )}
        </dd>
        <dt>Where</dt>
        <dd>{claim.venue ?? 'not stated'}</dd>
      </dl>
      <h3>Evidence</h3>
      <EvidenceList evidence={claim.evidence} />
      <LinkedList title="Contradicted by" ids={claim.contradictedBy} model={model} />
      <LinkedList title="Supported by" ids={claim.supportedBy} model={model} />
    </Panel>
  );
}

/** Relations or claims that bear on a claim, each with its own quotes. */
function LinkedList({
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
            <EvidenceList evidence={evidenceFor(model, linked)} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** describeItem on the page: each label in a <bdi>, so its bidi text cannot reorder the others. */
export function ItemName({ id }: { id: string }) {
  const model = useModel();
  const ends = relationEnds(model, id);
  if (!ends) return <bdi>{entityLabel(model, id)}</bdi>;
  return (
    <>
      <bdi>{entityLabel(model, ends.source)}</bdi> <bdi>{edgeAttributes(model, id)?.label}</bdi>{' '}
      <bdi>{entityLabel(model, ends.target)}</bdi>
    </>
  );
}

function sourcesPhrase(count: number): string {
  return count === 1 ? '1 source' : `${count} sources`;
}

function RelationDetails({ id, headingRef }: { id: string; headingRef: HeadingRef }) {
  const model = useModel();
  const attributes = edgeAttributes(model, id);
  const ends = relationEnds(model, id);
  if (!attributes || !ends) return null;
  const { source: subject, target: object } = ends;
  return (
    <Panel title={<ItemName id={id} />} kind="Relation" headingRef={headingRef}>
      <p>
        <EntityLink id={subject} label={entityLabel(model, subject)} />{' '}
        <bdi>{attributes.label}</bdi> <EntityLink id={object} label={entityLabel(model, object)} />
      </p>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {formatEdtf(attributes.date)}
          {attributes.dateBasis && (
            <span className="muted">
              {' ('}
              <bdi>{attributes.dateBasis}</bdi>)
            </span>
          )}
        </dd>
        <dt>Corroboration</dt>
        <dd>{sourcesPhrase(attributes.sources.length)}</dd>
        {attributes.note && (
          <>
            <dt>Note</dt>
            <dd>{attributes.note}</dd>
          </>
        )}
      </dl>
      <h3>Evidence</h3>
      <EvidenceList evidence={evidenceFor(model, id)} />
      {attributes.contradicts.length > 0 && (
        <>
          <h3>Contradicts</h3>
          <ul className="claim-list">
            {attributes.contradicts.map((claim) => (
              <li key={claim}>
                <EntityLink id={claim} label={<ItemName id={claim} />} />
              </li>
            ))}
          </ul>
        </>
      )}
      {attributes.supports.length > 0 && (
        <>
          <h3>Supports</h3>
          <ul className="claim-list">
            {attributes.supports.map((claim) => (
              <li key={claim}>
                <EntityLink id={claim} label={<ItemName id={claim} />} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
