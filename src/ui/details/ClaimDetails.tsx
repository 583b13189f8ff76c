// A claim: its statement, who made it and who reports it, in what voice, when (and how sure) and
// where, how well corroborated, its evidence, where its sources differ, and what contradicts or
// supports it, each named with who claims it and how.
import { claimAttribution, claimLinks } from '../../model/provenance';
import { entityLabel, nodeAttributes } from '../../model/queries';
import { EntityLink } from '../shared/EntityLink';
import { CopyCitation } from '../shared/CopyCitation';
import { EvidenceList } from '../shared/EvidenceList';
import { CertainDate, ProvenanceFacts, SourcesDiffer } from '../shared/Provenance';
import { useModel } from '../shared/appContext';
import { DisputedMarker } from './DisputedMarker';
import { LinkedList } from './LinkedList';
import { Panel, type HeadingRef } from './Panel';
import { Suspense } from 'react';
import { AnnotationActions } from '../annotate/devOnly';

export function ClaimDetails({ id, headingRef }: { id: string; headingRef: HeadingRef }) {
  const model = useModel();
  const attributes = nodeAttributes(model, id);
  const claim = attributes?.claim;
  const attribution = claimAttribution(model, id);
  const links = claimLinks(model, id);
  if (!attributes || !claim || !attribution || !links) return null;
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
          <CertainDate date={claim.date} certainty={attribution.date} />
        </dd>
        <dt>Where</dt>
        <dd>{claim.venue ?? 'not stated'}</dd>
        <ProvenanceFacts attribution={attribution} />
        {claim.note && (
          <>
            <dt>Note</dt>
            <dd>{claim.note}</dd>
          </>
        )}
      </dl>
      <h3>Evidence</h3>
      <EvidenceList evidence={claim.evidence} attribution={attribution} itemId={id} />
      <SourcesDiffer readings={attribution.readings} />
      <LinkedList title="Contradicted by" items={links.contradictedBy} />
      <LinkedList title="Supported by" items={links.supportedBy} />
      {AnnotationActions && (
        <Suspense fallback={null}>
          <AnnotationActions id={id} />
        </Suspense>
      )}
    </Panel>
  );
}
