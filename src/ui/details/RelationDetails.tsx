// A relation: who did what to whom, when (and how sure), according to whom and in what voice, how
// well it is corroborated by independent origins, its evidence, where its sources differ, and the
// claims it contradicts or supports.
import { edgeAttribution } from '../../model/provenance';
import { edgeAttributes, evidenceFor, relationEnds } from '../../model/queries';
import { describeRelationSentence } from '../../model/sentences';
import { EntityLink } from '../shared/EntityLink';
import { CopyCitation } from '../shared/CopyCitation';
import { EvidenceList } from '../shared/EvidenceList';
import { ItemName } from '../shared/ItemName';
import { CertainDate, ProvenanceFacts, SourcesDiffer } from '../shared/Provenance';
import { useModel } from '../shared/appContext';
import { Panel, type HeadingRef } from './Panel';
import { Suspense } from 'react';
import { AnnotationActions } from '../annotate/devOnly';

export function RelationDetails({ id, headingRef }: { id: string; headingRef: HeadingRef }) {
  const model = useModel();
  const attributes = edgeAttributes(model, id);
  const ends = relationEnds(model, id);
  const attribution = edgeAttribution(model, id);
  if (!attributes || !ends || !attribution) return null;
  const e = model.edges.index.get(id) ?? 0;
  const sentence = describeRelationSentence(model, e);
  return (
    <Panel title={<ItemName id={id} />} kind="Relation" headingRef={headingRef}>
      <p>
        <EntityLink id={sentence.firstId} label={sentence.first} /> {sentence.verb}{' '}
        <EntityLink id={sentence.secondId} label={sentence.second} />
      </p>
      <p>
        <CopyCitation itemId={id} of="this relation" />
      </p>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          <CertainDate date={attributes.date} certainty={attribution.date} />
        </dd>
        <ProvenanceFacts attribution={attribution} />
        {attributes.note && (
          <>
            <dt>Note</dt>
            <dd>{attributes.note}</dd>
          </>
        )}
      </dl>
      <h3>Evidence</h3>
      <EvidenceList evidence={evidenceFor(model, id)} attribution={attribution} itemId={id} />
      <SourcesDiffer readings={attribution.readings} />
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
      {AnnotationActions && (
        <Suspense fallback={null}>
          <AnnotationActions id={id} />
        </Suspense>
      )}
    </Panel>
  );
}
