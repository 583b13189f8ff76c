// Quotes that back a relation or claim, each traceable to its span in the source.
import { sourceTitle } from '../../model/queries';
import type { Evidence } from '../../schema/compiledGraph';
import { useActions, useModel } from './appContext';
import { CopyCitation } from './CopyCitation';

interface EvidenceListProps {
  evidence: readonly Evidence[];
  /**
   * The relation or claim the quotes back: each quote then offers "Copy citation", saying who it
   * is according to. Lists without it (an entity's relations) stay short to tab through.
   */
  itemId?: string;
}

export function EvidenceList({ evidence, itemId }: EvidenceListProps) {
  const model = useModel();
  const { openReader } = useActions();
  if (evidence.length === 0) return <p className="muted">No quote recorded.</p>;
  return (
    <ul className="evidence-list">
      {evidence.map((quote) => (
        <li key={`${quote.source}:${quote.start}`}>
          <blockquote cite={`#${quote.source}`}>
            “<bdi>{quote.exact}</bdi>”
          </blockquote>
          <div className="evidence-meta">
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
      ))}
    </ul>
  );
}
