// Selecting a passage without a mouse: in annotation mode the reader's text takes the focus, and
// the arrow keys move a caret through it (Shift extends the selection, Ctrl or Alt goes by words,
// Home and End to the line's ends); Enter goes to the annotation toolbar. Browsers move no caret
// in text that is not editable unless caret browsing is on, so the reader does it with
// Selection.modify.

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export type SelectionStep =
  | {
      type: 'caret';
      alter: 'move' | 'extend';
      direction: 'forward' | 'backward';
      granularity: 'character' | 'word' | 'line' | 'lineboundary';
    }
  | { type: 'toolbar' };

/** What a key pressed on the reader's text does, or null when it is not ours (Tab, letters…). */
export function selectionStepFor(press: KeyPress): SelectionStep | null {
  if (press.metaKey) return null;
  if (press.key === 'Enter' && !press.shiftKey && !press.ctrlKey && !press.altKey) {
    return { type: 'toolbar' };
  }
  const alter = press.shiftKey ? 'extend' : 'move';
  const byWord = press.ctrlKey || press.altKey;
  switch (press.key) {
    case 'ArrowRight':
      return {
        type: 'caret',
        alter,
        direction: 'forward',
        granularity: byWord ? 'word' : 'character',
      };
    case 'ArrowLeft':
      return {
        type: 'caret',
        alter,
        direction: 'backward',
        granularity: byWord ? 'word' : 'character',
      };
    case 'ArrowDown':
      return { type: 'caret', alter, direction: 'forward', granularity: 'line' };
    case 'ArrowUp':
      return { type: 'caret', alter, direction: 'backward', granularity: 'line' };
    case 'End':
      return { type: 'caret', alter, direction: 'forward', granularity: 'lineboundary' };
    case 'Home':
      return { type: 'caret', alter, direction: 'backward', granularity: 'lineboundary' };
    default:
      return null;
  }
}

/** The text's selection: put at its start when it is elsewhere, so the first key has a caret. */
export function caretInside(container: HTMLElement): Selection | null {
  const selection = container.ownerDocument.getSelection();
  if (!selection) return null;
  const inside =
    selection.rangeCount > 0 &&
    container.contains(selection.anchorNode) &&
    container.contains(selection.focusNode);
  if (!inside) selection.collapse(container, 0);
  return selection;
}
