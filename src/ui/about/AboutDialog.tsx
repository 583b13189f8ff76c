// "About this graph" (issue 17): what the corpus is, where its texts come from and who they relay,
// and how to read the drawing. A native modal <dialog>: the page behind it is inert, Escape closes.
import { useEffect, useRef } from 'react';
import type { GraphModel } from '../../model/types';
import type { CompiledSource } from '../../schema/compiledGraph';
import { formatEdtf } from '../shared/labels';

function relayedTitle(model: GraphModel, id: string): string {
  return model.origins.get(id)?.title ?? model.sources.byId.get(id)?.title ?? id;
}

function SourceEntry({ model, source }: { model: GraphModel; source: CompiledSource }) {
  const date = source.published
    ? formatEdtf(source.published)
    : source.estimatedDate
      ? `≈ ${formatEdtf(source.estimatedDate)} (estimated: ${source.estimatedDateBasis ?? 'no basis given'})`
      : 'date not given';
  const url = source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
  return (
    <li>
      <cite>
        <bdi>{source.title}</bdi>
      </cite>
      {' — '}
      <bdi>{source.publisher ?? 'publisher not given'}</bdi>,{' '}
      <bdi>{source.author ?? 'author not given'}</bdi>, {date}
      {url && (
        <>
          {' · '}
          <a href={url} rel="noopener noreferrer" target="_blank">
            original
          </a>
        </>
      )}
      {source.relays.length > 0 && (
        <>
          {' · relays '}
          {source.relays.map((id, index) => (
            <span key={id}>
              {index > 0 && ', '}
              <bdi>{relayedTitle(model, id)}</bdi>
            </span>
          ))}
        </>
      )}
    </li>
  );
}

export function AboutDialog({
  model,
  open,
  onClose,
}: {
  model: GraphModel;
  open: boolean;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const sources = model.sources.ids.flatMap((id) => model.sources.byId.get(id) ?? []);
  const origins = [...model.origins.values()];
  return (
    <dialog ref={dialog} className="about-dialog" aria-labelledby="about-title" onClose={onClose}>
      <div className="about-head">
        <h2 id="about-title">
          About this graph: <bdi>{model.title}</bdi>
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {model.description ? (
        <p className="about-description">
          <bdi>{model.description}</bdi>
        </p>
      ) : (
        <p className="muted">The corpus gives no description.</p>
      )}
      <h3>Sources</h3>
      <ul>
        {sources.map((source) => (
          <SourceEntry key={source.id} model={model} source={source} />
        ))}
      </ul>
      {origins.length > 0 && (
        <>
          <h3>Origins outside the corpus</h3>
          <ul>
            {origins.map((origin) => (
              <li key={origin.id}>
                <cite>
                  <bdi>{origin.title}</bdi>
                </cite>
                {origin.publisher && (
                  <>
                    {' — '}
                    <bdi>{origin.publisher}</bdi>
                  </>
                )}
                {origin.published && `, ${formatEdtf(origin.published)}`}: relayed by the sources
                above, its own text is not in the corpus.
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>How to read the graph</h3>
      <ul>
        <li>A node is an entity (a person, an organisation, a law…) or a claim someone made.</li>
        <li>
          An edge is a relation from subject to object, backed by quotes: select it to read them and
          open each in its source.
        </li>
        <li>
          A solid line is reported as fact by a source; a dashed line rests only on what someone
          says (attributed statements, opinions). Every relation says according to whom.
        </li>
        <li>A claim is disputed when another claim or relation contradicts it.</li>
        <li>
          Corroboration counts independent origins, not articles: three articles relaying one report
          are one origin. Thicker lines have more independent origins.
        </li>
      </ul>
      <h3>The texts</h3>
      <p>
        The source texts are third-party reporting, quoted verbatim and attributed to their
        publishers as listed above; the annotations are this corpus author&rsquo;s.
      </p>
    </dialog>
  );
}
