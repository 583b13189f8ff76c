// How a change of view is recorded in the browser's history, beside the key table that writes the
// address: decided by where the change came from (viewState/changes.ts), not by which action it was.
import type { ChangeOrigin } from '../viewState/changes';

/** A new history entry, an overwrite of the current one, or no write at all. */
export type HistoryMode = 'push' | 'replace' | 'none';

const HISTORY_MODES: Record<ChangeOrigin, HistoryMode> = {
  // Deliberate moves are steps back and forward walk through.
  control: 'push',
  canvas: 'push',
  // A gesture or an edit under way overwrites its own entry (throttled by the sync).
  continuous: 'replace',
  // The address already holds these views.
  link: 'none',
  history: 'none',
};

export function historyModeFor(origin: ChangeOrigin): HistoryMode {
  return HISTORY_MODES[origin];
}
