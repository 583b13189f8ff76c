// A claim: its statement, who made it, when and where, its evidence, and what contradicts or
// supports it.
import { entityLabel, nodeAttributes } from '../../model/queries';
import { EntityLink } from '../shared/EntityLink';
import { CopyCitation } from '../shared/CopyCitation';
import { EvidenceList } from '../shared/EvidenceList';
import { useModel } from '../shared/appContext';
import { formatEdtf } from '../shared/labels';
import { DisputedMarker } from './DisputedMarker';
import { LinkedList } from './LinkedList';
import { Panel, type HeadingRef } from './Panel';
import { Suspense } from 'react';
import { AnnotationActions } from '../annotate/devOnly';

export function ClaimDetails({ id, headingRef }: { id: string; headingRef: HeadingRef }) {
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
      <p>
        <CopyCitation itemId={id} of="this claim" />
      </p>
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
      <EvidenceList evidence={claim.evidence} itemId={id} />
      <LinkedList title="Contradicted by" ids={claim.contradictedBy} model={model} />
      <LinkedList title="Supported by" ids={claim.supportedBy} model={model} />
      {AnnotationActions && (
        <Suspense fallback={null}>
          <AnnotationActions id={id} />
        </Suspense>
      )}
    </Panel>
  );
}
