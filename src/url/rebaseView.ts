// The view kept over a new graph (the dev server recompiled the corpus): the view is written as its
// address and read back against the new model, the way a stale permalink is, so ids that vanished
// are left out with a notice and renamed ones follow their new id.
import type { GraphModel } from '../model/types';
import type { NoticeInput, StoryPosition } from '../store/types';
import type { ViewState } from '../viewState/viewState';
import { decodeViewState, encodeViewState } from './codec';
import { describeDecodeResult } from './describe';
import { decodeContextFor } from './modelContext';

export interface RebasedView {
  view: ViewState;
  /** The story being followed, or null when the new graph no longer has that story or step. */
  story: StoryPosition | null;
  notices: NoticeInput[];
}

export function rebaseView(
  view: ViewState,
  story: StoryPosition | null,
  model: GraphModel,
): RebasedView {
  const decoded = decodeViewState(`?${encodeViewState(view)}`, decodeContextFor(model));
  const stillThere =
    story !== null &&
    model.stories.some(
      (candidate) => candidate.id === story.id && story.step <= candidate.steps.length,
    );
  return {
    view: decoded.state,
    story: stillThere ? story : null,
    notices: describeDecodeResult(decoded, 'view'),
  };
}
