// "Copy citation" on a relation, a claim or one quote: the formatted citation on the clipboard,
// or, where the clipboard is refused, in a dialog to copy by hand.
import { useState } from 'react';
import { formatItemCitation, formatQuoteCitation } from '../../export/citation';
import type { Evidence } from '../../schema/compiledGraph';
import { useModel } from './appContext';

interface CopyCitationProps {
  /** The relation or claim, cited whole, or the one the quote backs. */
  itemId?: string;
  /** A quote to cite on its own. */
  quote?: Evidence;
  /** What the button's accessible name adds after "Copy citation", to tell buttons apart. */
  of: string;
}

export function CopyCitation({ itemId, quote, of }: CopyCitationProps) {
  const model = useModel();
  const [status, setStatus] = useState('');
  async function copy() {
    const text = quote
      ? formatQuoteCitation(model, quote, itemId)
      : itemId === undefined
        ? undefined
        : formatItemCitation(model, itemId);
    if (text === undefined) return;
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Citation copied');
    } catch {
      window.prompt('Copy this citation', text);
      setStatus('Copy the citation from the dialog');
    }
  }
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-label={`Copy citation of ${of}`}
        onClick={() => void copy()}
      >
        Copy citation
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </>
  );
}
