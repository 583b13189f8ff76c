// Splits a source text into slices for the reader: each slice knows which entity it mentions,
// whether evidence quotes it, and whether it is the span the reader was opened at. The UI renders
// the slices as text, never as HTML.
import type { Mention } from '../schema/compiledGraph';

export interface Span {
  start: number;
  end: number;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Entity mentioned by this slice, if any. */
  entity: string | null;
  evidence: boolean;
  focused: boolean;
}

export function segmentSourceText(
  text: string,
  mentions: readonly Mention[],
  evidence: readonly Span[],
  focus: Span | null,
): TextSegment[] {
  const clamp = (offset: number) => Math.min(text.length, Math.max(0, offset));
  const cuts = new Set<number>([0, text.length]);
  const add = (span: Span) => {
    cuts.add(clamp(span.start));
    cuts.add(clamp(span.end));
  };
  for (const [start, end] of mentions) add({ start, end });
  evidence.forEach(add);
  if (focus) add(focus);
  const boundaries = [...cuts].sort((a, b) => a - b);

  // Sweep once over boundaries, keeping the mention and evidence spans that cover each slice.
  const sortedEvidence = [...evidence].sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let mentionIndex = 0;
  let evidenceIndex = 0;
  const openEvidence: Span[] = [];
  for (let i = 0; i < boundaries.length - 1; i++) {
    const start = boundaries[i] ?? 0;
    const end = boundaries[i + 1] ?? 0;
    if (end <= start) continue;
    while (mentionIndex < mentions.length && (mentions[mentionIndex]?.[1] ?? 0) <= start)
      mentionIndex++;
    const mention = mentions[mentionIndex];
    const entity = mention && mention[0] <= start && mention[1] >= end ? mention[2] : null;
    while (
      evidenceIndex < sortedEvidence.length &&
      (sortedEvidence[evidenceIndex]?.start ?? 0) <= start
    ) {
      const span = sortedEvidence[evidenceIndex];
      if (span) openEvidence.push(span);
      evidenceIndex++;
    }
    for (let k = openEvidence.length - 1; k >= 0; k--) {
      if ((openEvidence[k]?.end ?? 0) <= start) openEvidence.splice(k, 1);
    }
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      entity,
      evidence: openEvidence.length > 0,
      focused: focus !== null && focus.start <= start && focus.end >= end,
    });
  }
  return segments;
}
