// A step's caption from its compiled nodes: every piece of text goes into a text node, never into
// HTML, so nothing a caption says can become markup. References select what they name; a quote
// shows its words and opens them in the reader, as the details panel does.
import type { Caption as CaptionData, CaptionNode } from '../../schema/story';
import { ItemName } from '../shared/ItemName';
import { useActions } from '../shared/appContext';

function CaptionPiece({ node }: { node: CaptionNode }) {
  const { select, openReader } = useActions();
  switch (node.type) {
    case 'text':
      return <>{node.text}</>;
    case 'emphasis':
      return <em>{node.text}</em>;
    case 'strong':
      return <strong>{node.text}</strong>;
    case 'link':
      return (
        <a href={node.href} target="_blank" rel="noopener noreferrer">
          {node.text}
        </a>
      );
    case 'ref':
      return (
        <button type="button" className="link-button caption-ref" onClick={() => select(node.id)}>
          <ItemName id={node.id} />
        </button>
      );
    case 'quote':
      return (
        <span className="caption-quote">
          <q>
            <bdi>{node.exact}</bdi>
          </q>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => openReader(node.source, node.start, node.end)}
          >
            Show in source
          </button>
        </span>
      );
  }
}

export function Caption({ caption }: { caption: CaptionData }) {
  return (
    <div className="story-caption">
      {caption.map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((node, n) => (
            <CaptionPiece key={n} node={node} />
          ))}
        </p>
      ))}
    </div>
  );
}
