// Pure rules of the player: which story and step a link lands on, a step's view, whether the
// reader is still at it, and a caption as plain text (for announcements).
import type { CompiledStory, Caption, StoryStep } from '../../schema/story';
import { isolateBidi } from '../../model/bidi';
import type { NoticeInput, StoryPosition } from '../../store/types';
import { decodeViewState, encodeViewState } from '../../url/codec';
import type { StoryLink } from '../../url/storyKeys';
import type { DecodeContext } from '../../url/types';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../viewState/viewState';

export function findStory(
  stories: readonly CompiledStory[],
  id: string | undefined,
): CompiledStory | undefined {
  return stories.find((story) => story.id === id);
}

/** A step's view: its canonical query read back by the same decoder as a link. */
export function stepView(step: StoryStep, ctx: DecodeContext = {}): ViewState {
  return decodeViewState(step.view, ctx).state;
}

/** Whether the view is the step's own (the reader has not explored away from it). */
export function isAtStep(view: ViewState, step: StoryStep): boolean {
  return encodeViewState(view) === step.view;
}

export type OpenedStory =
  | { type: 'none' }
  | { type: 'unknown'; id: string }
  | {
      type: 'story';
      position: StoryPosition;
      /** The step the link asked for, when there is no such step (it landed on the nearest). */
      staleStep: number | null;
    };

/** Where a link's `story` and `step` land: the nearest valid step of a known story. */
export function openStoryLink(
  stories: readonly CompiledStory[],
  link: StoryLink | null,
): OpenedStory {
  if (!link) return { type: 'none' };
  const story = findStory(stories, link.id);
  if (!story) return { type: 'unknown', id: link.id };
  const asked = link.step ?? 1;
  const step = Math.min(Math.max(asked, 1), story.steps.length);
  return {
    type: 'story',
    position: { id: story.id, step },
    staleStep: link.step !== null && link.step !== step ? link.step : null,
  };
}

/**
 * The view a link to a step opens on: the link's own view when it carries one (the reader had
 * explored from the step), else the step's. A stale step shows the step it landed on.
 */
export function viewForLink(
  linkView: ViewState,
  step: StoryStep,
  stale: boolean,
  ctx: DecodeContext = {},
): ViewState {
  const carriesView = encodeViewState(linkView) !== encodeViewState(DEFAULT_VIEW_STATE);
  return carriesView && !stale ? linkView : stepView(step, ctx);
}

/** A caption as one line of text: references by their label, quotes in quotation marks. */
export function captionText(caption: Caption, labelOf: (id: string) => string): string {
  return caption
    .map((paragraph) =>
      paragraph
        .map((node) => {
          switch (node.type) {
            case 'ref':
              return labelOf(node.id);
            case 'quote':
              return `“${node.exact}”`;
            default:
              return node.text;
          }
        })
        .join(''),
    )
    .join(' ');
}

export interface LandedLink {
  view: ViewState;
  story: StoryPosition | null;
  notices: NoticeInput[];
}

/** The view and story a page opens on, from its link's view and its `story` and `step`. */
export function landOnLink(
  stories: readonly CompiledStory[],
  link: StoryLink | null,
  linkView: ViewState,
  ctx: DecodeContext = {},
): LandedLink {
  const opened = openStoryLink(stories, link);
  if (opened.type === 'none') return { view: linkView, story: null, notices: [] };
  if (opened.type === 'unknown') {
    return {
      view: linkView,
      story: null,
      notices: [
        {
          kind: 'warning',
          message: 'This link names a story this corpus does not have.',
          items: [isolateBidi(opened.id)],
        },
      ],
    };
  }
  const story = findStory(stories, opened.position.id);
  const step = story?.steps[opened.position.step - 1];
  if (!story || !step) return { view: linkView, story: null, notices: [] };
  const stale = opened.staleStep !== null;
  const notices: NoticeInput[] = stale
    ? [
        {
          kind: 'info',
          message:
            `This story has no step ${opened.staleStep}; showing step ` +
            `${opened.position.step} of ${story.steps.length}.`,
        },
      ]
    : [];
  return { view: viewForLink(linkView, step, stale, ctx), story: opened.position, notices };
}
