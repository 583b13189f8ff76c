// Turns what the decoder found into notices a person can read (the ui slice shows them).
import { isolateBidi } from '../model/bidi';
import type { NoticeInput } from '../store/types';
import type { DecodeNotice, DecodeResult, DropReason, DroppedItem } from './types';

const REASON_TEXT: Record<DropReason, string> = {
  malformed: 'not a valid value',
  'too-long': 'too long',
  'unknown-id': 'no longer exists',
  'too-many': 'over the list limit',
  'duplicate-key': 'given twice; the first was used',
};

function describeNotice(notice: DecodeNotice): NoticeInput {
  switch (notice.type) {
    case 'newer-version':
      return { kind: 'info', message: notice.message };
    case 'truncated':
      return { kind: 'warning', message: notice.message };
    case 'ignored-keys':
      return { kind: 'info', message: notice.message, items: notice.keys };
    case 'renamed':
      return {
        kind: 'info',
        message: notice.message,
        items: notice.renames.map((r) => `${isolateBidi(r.from)} → ${isolateBidi(r.to)}`),
      };
    case 'unreadable':
      return { kind: 'error', message: notice.message };
  }
}

/**
 * Notices for the ui slice: the decoder's own, then missing items, then unreadable values. A value
 * from the link is bidi-isolated: one carrying U+202E must not reverse the words after it.
 */
export function describeDecodeResult(
  result: DecodeResult,
  /** What was decoded: a link the page was opened with, or the view kept over a new graph. */
  what: 'link' | 'view' = 'link',
): NoticeInput[] {
  const notices = result.notices.map(describeNotice);
  const missing = result.dropped.filter((d) => d.reason === 'unknown-id');
  const unreadable = result.dropped.filter((d) => d.reason !== 'unknown-id');
  const unlisted = result.droppedTotal - result.dropped.length;
  const more = unlisted > 0 ? [`…and ${unlisted} more`] : [];
  if (missing.length > 0) {
    notices.push({
      kind: 'warning',
      message:
        what === 'link'
          ? 'Some items in this link are no longer in the graph and were left out.'
          : 'Some items of this view are no longer in the graph and were left out.',
      items: [
        ...missing.map((d) => `${isolateBidi(d.value)} (${d.key})`),
        ...(unreadable.length ? [] : more),
      ],
    });
  }
  if (unreadable.length > 0) {
    const describe = (d: DroppedItem) =>
      `${d.key}=${isolateBidi(d.value)}: ${REASON_TEXT[d.reason]}`;
    notices.push({
      kind: 'warning',
      message: 'Some parts of this link could not be read and were skipped.',
      items: [...unreadable.map(describe), ...more],
    });
  }
  return notices;
}
