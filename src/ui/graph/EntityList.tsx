// The screen-reader alternative to the canvas: every entity shown, in sync with the selection.
import { useDeferredValue, useEffect, useRef, type KeyboardEvent } from 'react';
import type { ViewNode } from '../../view/types';
import { useActions, useAppState } from '../shared/appContext';
import { afterNextPaint } from '../shared/afterNextPaint';
import { typeLabel } from '../shared/labels';
import { moveFocusIndex } from '../shared/rovingFocus';
import { scrollWithin } from '../shared/scrollWithin';

const NONE: readonly ViewNode[] = [];

export function EntityList({
  nodes: current,
  onFocusChange,
}: {
  nodes: readonly ViewNode[];
  /** Hears when the list takes and loses keyboard focus (the graph's tooltip follows it). */
  onFocusChange?: (focused: boolean) => void;
}) {
  // Rendered in the background after the graph: the first frame and each redraw of the graph do
  // not wait for hundreds of rows to be built and laid out.
  const nodes = useDeferredValue(current, NONE);
  const selected = useAppState((state) => state.view.selected);
  const { select } = useActions();
  const listRef = useRef<HTMLUListElement>(null);
  const sorted = [...nodes].sort((a, b) => a.label.localeCompare(b.label));
  const activeIndex = Math.max(
    0,
    sorted.findIndex((node) => node.id === selected),
  );

  // The rows arrive after the graph (deferred): scroll when the selected one is there, not before.
  const selectedListed = nodes.some((node) => node.id === selected);
  useEffect(() => {
    const list = listRef.current;
    if (!list || !selected || !selectedListed) return undefined;
    // After the graph's frame: scrolling lays the page out, which that frame need not wait for.
    return afterNextPaint(() => {
      const row = list.querySelector(`[data-id="${CSS.escape(selected)}"]`);
      if (row) scrollWithin(list, row);
    });
  }, [selected, selectedListed]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const next = moveFocusIndex(event.key, activeIndex, sorted.length);
    if (next === null) return;
    event.preventDefault();
    const node = sorted[next];
    if (node) select(node.id);
  }

  return (
    <ul
      ref={listRef}
      className="entity-list"
      role="listbox"
      aria-label={`Entities shown (${sorted.length})`}
      tabIndex={0}
      aria-activedescendant={
        selected && sorted[activeIndex]?.id === selected ? `entity-option-${selected}` : undefined
      }
      onKeyDown={onKeyDown}
      onFocus={() => onFocusChange?.(true)}
      onBlur={() => onFocusChange?.(false)}
    >
      {sorted.map((node) => (
        <li
          key={node.id}
          id={`entity-option-${node.id}`}
          data-id={node.id}
          role="option"
          aria-selected={node.id === selected}
          onClick={() => select(node.id)}
        >
          <span className={`type-dot type-${node.type}`} aria-hidden="true" />
          <span className="entity-name">{node.label}</span>
          <span className="muted"> · {typeLabel(node.type)}</span>
          {node.classes.includes('disputed') && (
            <span className="disputed-marker"> ⚠ disputed</span>
          )}
        </li>
      ))}
    </ul>
  );
}
