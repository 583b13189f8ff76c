// A source's text with entity mentions and evidence highlighted, rendered as text slices.
// Opened from "Show in source", it scrolls to and focuses the quoted span.
import { Suspense, useEffect, useId, useMemo, useRef } from 'react';
import { segmentSourceText } from '../../view/readerSegments';
import { entityLabel, evidenceQuoting, sourceOf } from '../../model/queries';
import { returnFocusToList } from '../shared/focusTargets';
import { useActions, useAppState, useModel, useSourceText } from '../shared/appContext';
import { formatEdtf } from '../shared/labels';
import { AnnotateTools } from '../annotate/devOnly';

export function SourceReader() {
  const model = useModel();
  const sourceId = useAppState((state) => state.view.readerSource);
  const readerStart = useAppState((state) => state.view.readerStart);
  const readerEnd = useAppState((state) => state.view.readerEnd);
  const { closeReader, select } = useActions();
  const headingId = useId();
  const focusRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const source = sourceId ? sourceOf(model, sourceId) : undefined;
  const sourceText = useSourceText(source ? source.id : null);
  const text = sourceText.type === 'ok' ? sourceText.text : null;

  const segments = useMemo(() => {
    if (!source || !text) return [];
    const focus =
      readerStart !== null && readerEnd !== null ? { start: readerStart, end: readerEnd } : null;
    return segmentSourceText(text.text, text.mentions, evidenceQuoting(model, source.id), focus);
  }, [model, source, text, readerStart, readerEnd]);

  // Opened on a quote whose text is still on its way: the reader takes the focus at once, so it is
  // not left on a button the opening reader has pushed out of view; the quote takes it on arrival.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const awaitingQuote = readerStart !== null && sourceText.type === 'loading';
  useEffect(() => {
    if (awaitingQuote) headingRef.current?.focus();
  }, [awaitingQuote, sourceId, readerStart]);

  // When the passage to show changes (or its text arrives), not when a new graph re-slices the
  // same text: the dev server's in-place update must leave the reader's scroll and focus alone.
  const focusKey = `${sourceId ?? ''}:${readerStart ?? ''}:${readerEnd ?? ''}:${text !== null}`;
  useEffect(() => {
    const target = focusRef.current;
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [focusKey]);

  if (!source) return null;
  const firstFocused = segments.findIndex((segment) => segment.focused);
  const safeUrl = source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
  return (
    <section className="reader" aria-labelledby={headingId}>
      <header className="panel-header">
        <div>
          <p className="eyebrow">Source</p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {source.title}
          </h2>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label="Close source"
          onClick={() => {
            closeReader();
            returnFocusToList();
          }}
        >
          ×
        </button>
      </header>
      <dl className="facts source-meta">
        <dt>Publisher</dt>
        <dd>{source.publisher ?? <Unknown />}</dd>
        <dt>Author</dt>
        <dd>{source.author ?? <Unknown />}</dd>
        <dt>Published</dt>
        <dd>
          {source.published ? formatEdtf(source.published) : <Unknown />}
          {!source.published && source.estimatedDate && (
            <span className="muted">
              {' '}
              — written around {formatEdtf(source.estimatedDate)}
              {source.estimatedDateBasis && (
                <>
                  {' ('}
                  <bdi>{source.estimatedDateBasis}</bdi>)
                </>
              )}
            </span>
          )}
        </dd>
        <dt>Address</dt>
        <dd>
          {safeUrl ? (
            <a href={safeUrl} rel="noopener noreferrer" target="_blank">
              {safeUrl}
            </a>
          ) : source.url ? (
            <span>
              <bdi>{source.url}</bdi> (not a web address; not linked)
            </span>
          ) : (
            <Unknown />
          )}
        </dd>
        {source.notes && (
          <>
            <dt>Notes</dt>
            <dd>{source.notes}</dd>
          </>
        )}
      </dl>
      {sourceText.type === 'loading' && (
        <p className="muted" role="status">
          Loading the text…
        </p>
      )}
      {sourceText.type === 'error' && (
        <p className="error-text" role="alert">
          The text could not be loaded: <bdi>{sourceText.message}</bdi>
        </p>
      )}
      {AnnotateTools && text && (
        <Suspense fallback={null}>
          <AnnotateTools sourceId={source.id} textRef={textRef} />
        </Suspense>
      )}
      <div
        className="source-text"
        ref={textRef}
        lang={source.language ?? undefined}
        hidden={text === null}
      >
        {segments.map((segment, index) => {
          let content: React.ReactNode = segment.text;
          if (segment.entity) {
            const entity = segment.entity;
            const label = entityLabel(model, entity);
            content = (
              <button
                type="button"
                className="mention"
                title={label}
                onClick={() => select(entity)}
              >
                {segment.text}
              </button>
            );
          }
          if (segment.evidence || segment.focused) {
            return (
              <mark
                key={segment.start}
                className={segment.focused ? 'evidence focused' : 'evidence'}
                ref={index === firstFocused ? focusRef : undefined}
                tabIndex={index === firstFocused ? -1 : undefined}
              >
                {content}
              </mark>
            );
          }
          return <span key={segment.start}>{content}</span>;
        })}
      </div>
    </section>
  );
}

function Unknown() {
  return <span className="muted">unknown — the source does not say</span>;
}
