// A list that renders its first items and a button for the rest: a hub's hundreds of relations
// would otherwise be laid out, with their quotes, every time it is selected.
import { useState, type ReactNode } from 'react';

export const DEFAULT_PAGE_SIZE = 10;

export function ShowMoreList<T>({
  items,
  renderItem,
  noun,
  pageSize = DEFAULT_PAGE_SIZE,
  className,
}: {
  items: readonly T[];
  renderItem: (item: T) => ReactNode;
  /** Plural noun for the button, e.g. "relations". */
  noun: string;
  pageSize?: number;
  className?: string;
}) {
  const [shown, setShown] = useState(pageSize);
  const hidden = items.length - shown;
  return (
    <>
      <ul className={className}>{items.slice(0, shown).map(renderItem)}</ul>
      {hidden > 0 && (
        <button
          type="button"
          className="link-button show-more"
          onClick={() => setShown((count) => count + pageSize * 5)}
        >
          Show {Math.min(hidden, pageSize * 5)} more {noun} ({hidden} not shown)
        </button>
      )}
    </>
  );
}
