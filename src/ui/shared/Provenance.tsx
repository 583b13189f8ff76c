// Who a relation or claim is according to, in what voice, how well corroborated and how credible,
// and where its sources differ: the words every panel shows for provenance, never colour alone.
import type { Attribution, DateCertainty, ReadingGroup } from '../../model/provenanceTypes';
import {
  corroborationParts,
  describeCredibility,
  describeReliability,
  describeStatus,
  markEstimated,
  nameSpeakers,
} from '../../view/provenance/phrases';
import { EntityLink } from './EntityLink';
import { Names } from './Names';
import { useIsSourceShown } from './EvidenceList';
import { formatEdtf } from './labels';

/** "according to BuzzFeed News (in Leaked Internal…)", one line per source shown. */
export function AccordingTo({ attribution }: { attribution: Attribution }) {
  const isShown = useIsSourceShown();
  const { perClaim } = attribution;
  const entries = attribution.bySource.filter((entry) => isShown(entry.source.id));
  return (
    <ul className="according-to">
      {perClaim && (
        <li>
          according to{' '}
          {perClaim.claimant ? (
            <EntityLink id={perClaim.claimant.id} label={perClaim.claimant.label} />
          ) : (
            'an unnamed claimant'
          )}
          , in the claim <EntityLink id={perClaim.id} label={perClaim.label} />
        </li>
      )}
      {entries.map((entry) => {
        const speakers = nameSpeakers(entry.accordingTo);
        const reliability = describeReliability(entry.source);
        return (
          <li key={entry.source.id}>
            {speakers ? (
              <>
                according to <Names names={entry.accordingTo.map((s) => s.label)} /> (in{' '}
                <cite>{entry.source.title}</cite>)
              </>
            ) : (
              <>
                according to <cite>{entry.source.title}</cite>
              </>
            )}
            {entry.headlineOnly && <span className="headline-mark">headline only</span>}
            {reliability && <span className="muted"> · {reliability}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** The facts of attribution, as rows of a description list (inside a `dl.facts`). */
export function ProvenanceFacts({ attribution }: { attribution: Attribution }) {
  const credibility = describeCredibility(attribution);
  return (
    <>
      <dt>According to</dt>
      <dd>
        <AccordingTo attribution={attribution} />
      </dd>
      <dt>Status</dt>
      <dd>
        {describeStatus(attribution)}
        {attribution.restsOnStatements && (
          <span className="muted"> It rests on what someone says, not on reported fact.</span>
        )}
      </dd>
      <dt>Corroboration</dt>
      <dd>
        <Corroboration attribution={attribution} />
      </dd>
      {credibility && (
        <>
          <dt>Credibility</dt>
          <dd>{credibility}</dd>
        </>
      )}
    </>
  );
}

/** A date, marked "≈ … (estimated)" with the reason in words when it rests on an estimate. */
export function CertainDate({
  date,
  certainty,
}: {
  date: string | null;
  certainty: DateCertainty;
}) {
  return (
    <>
      {markEstimated(formatEdtf(date), certainty.estimated)}
      {certainty.estimateInWords ? (
        <span className="muted date-basis"> {certainty.estimateInWords}</span>
      ) : (
        certainty.basis && (
          <span className="muted">
            {' ('}
            <bdi>{certainty.basis}</bdi>)
          </span>
        )
      )}
    </>
  );
}

/** "Sources differ": for each detail, how each source puts it, side by side. */
export function SourcesDiffer({ readings }: { readings: readonly ReadingGroup[] }) {
  const isShown = useIsSourceShown();
  const groups = readings
    .map((group) => ({ ...group, readings: group.readings.filter((r) => isShown(r.source.id)) }))
    .filter((group) => group.readings.length > 0);
  if (groups.length === 0) return null;
  return (
    <section className="sources-differ" aria-label="Sources differ">
      <h3>Sources differ</h3>
      {groups.map((group) => (
        <table key={group.detail} className="readings">
          <caption>{group.detail}</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Reads</th>
            </tr>
          </thead>
          <tbody>
            {group.readings.map((reading) => (
              <tr key={reading.source.id}>
                <th scope="row">
                  <cite>{reading.source.title}</cite>
                </th>
                <td>
                  <bdi>{reading.reads}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}

/** "3 sources · 1 independent origin (BuzzFeed News) · …", each origin's name isolated. */
function Corroboration({ attribution }: { attribution: Attribution }) {
  const { sources, origins, originNames, headlineOnly } = corroborationParts(attribution);
  return (
    <>
      {sources} · {origins}
      {originNames.length > 0 && (
        <>
          {' ('}
          <Names names={originNames} separator="; " />)
        </>
      )}
      {headlineOnly && <> · {headlineOnly}</>}
    </>
  );
}
