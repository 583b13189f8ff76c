// A relation: who did what to whom, when, how well it is corroborated, its evidence, and the
// claims it contradicts or supports.
import { edgeAttributes, evidenceFor, relationEnds } from '../../model/queries';
import { describeRelationSentence } from '../../model/sentences';
import { EntityLink } from '../shared/EntityLink';
import { EvidenceList } from '../shared/EvidenceList';
import { ItemName } from '../shared/ItemName';
import { useModel } from '../shared/appContext';
import { formatEdtf, sourcesPhrase } from '../shared/labels';
import { Panel, type HeadingRef } from './Panel';

export function RelationDetails({ id, headingRef }: { id: string; headingRef: HeadingRef }) {
  const model = useModel();
  const attributes = edgeAttributes(model, id);
  const ends = relationEnds(model, id);
  if (!attributes || !ends) return null;
  const e = model.edges.index.get(id) ?? 0;
  const sentence = describeRelationSentence(model, e);
  return (
    <Panel title={<ItemName id={id} />} kind="Relation" headingRef={headingRef}>
      <p>
        <EntityLink id={sentence.firstId} label={sentence.first} /> {sentence.verb}{' '}
        <EntityLink id={sentence.secondId} label={sentence.second} />
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
