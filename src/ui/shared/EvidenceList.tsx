// Quotes that back a relation or claim, each traceable to its span in the source, each saying who
// it is according to and whether it is only a headline. Quotes from sources the filter unchecks
// are left out (the filters do not leak into the panels), and the list says how many.
import { sourceTitle } from '../../model/queries';
import type { Attribution, QuoteAttribution } from '../../model/provenanceTypes';
import type { Evidence } from '../../schema/compiledGraph';
import { nameSpeakers } from '../../view/provenance/phrases';
import { useActions, useAppState, useModel } from './appContext';
import { CopyCitation } from './CopyCitation';

/** Whether a source is checked in the source filter. */
export function useIsSourceShown(): (sourceId: string) => boolean {
  const sources = useAppState((state) => state.view.sources);
  return (sourceId) => sources === null || sources.includes(sourceId);
}

const keyOf = (quote: Evidence) => `${quote.source}:${quote.start}:${quote.end}`;

interface EvidenceListProps {
  evidence: readonly Evidence[];
  /** The item's attribution: each quote then says who it is according to. */
  attribution?: Attribution | undefined;
  /**
   * The relation or claim the quotes back: each quote then offers "Copy citation", saying who it
   * is according to. Lists without it (an entity's relations) stay short to tab through.
   */
  itemId?: string | undefined;
}

export function EvidenceList({ evidence, attribution, itemId }: EvidenceListProps) {
  const model = useModel();
  const { openReader } = useActions();
  const isShown = useIsSourceShown();
  if (evidence.length === 0) return <p className="muted">No quote recorded.</p>;
  const byQuote = new Map<string, QuoteAttribution>();
  for (const entry of attribution?.bySource ?? []) {
    for (const quote of entry.quotes) byQuote.set(keyOf(quote.evidence), quote);
  }
  const shown = evidence.filter((quote) => isShown(quote.source));
  const hidden = evidence.length - shown.length;
  return (
    <>
      {shown.length > 0 && (
        <ul className="evidence-list">
          {shown.map((quote) => {
            const said = byQuote.get(keyOf(quote));
            const speakers = said ? nameSpeakers(said.accordingTo) : null;
            return (
              <li key={keyOf(quote)}>
                <blockquote cite={`#${quote.source}`}>
                  “<bdi>{quote.exact}</bdi>”
                </blockquote>
                <div className="evidence-meta">
                  {(quote.headline === true || said?.headline === true) && (
                    <span className="headline-mark">headline</span>
                  )}
                  {speakers && (
                    <span className="quote-according-to">
                      according to <bdi>{speakers}</bdi>, in
                    </span>
                  )}
                  <cite>{sourceTitle(model, quote.source) ?? quote.source}</cite>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => openReader(quote.source, quote.start, quote.end)}
                  >
                    Show in source
                  </button>
                  {itemId !== undefined && (
                    <CopyCitation
                      quote={quote}
                      itemId={itemId}
                      of={`the quote from ${sourceTitle(model, quote.source) ?? quote.source}`}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {hidden > 0 && (
        <p className="muted">
          {hidden === 1 ? '1 quote' : `${hidden} quotes`} from unchecked sources not shown.
        </p>
      )}
    </>
  );
}
