// The reader's selection → a passage: offsets in the source text. The reader's text element holds
// exactly the source's text (its slices in order), so an offset is the length of the text before.
import type { Passage } from '../../schema/annotationProtocol';

export function selectedPassage(container: HTMLElement, source: string): Passage | null {
  const selection = container.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
    return null;
  }
  const offsetOf = (node: Node, offset: number): number => {
    const before = container.ownerDocument.createRange();
    before.setStart(container, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  const text = container.textContent ?? '';
  if (end <= start || text.slice(start, end).trim() === '') return null;
  return { source, start, end };
}

/** A lowercase slug as ids must be (docs/data-format.md), at most `max` characters. */
export function slugify(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/** `base`, or `base-2`, `base-3`… — the first that `taken` does not hold. */
export function freshId(base: string, taken: (id: string) => boolean): string {
  const root = base || 'item';
  if (!taken(root)) return root;
  let n = 2;
  while (taken(`${root}-${n}`)) n += 1;
  return `${root}-${n}`;
}
