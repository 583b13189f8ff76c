// The player's state and moves, from the store: the story followed, its step, and going to a
// step (its view and position as one change, so Back returns to the step before).
import { useCallback, useMemo } from 'react';
import type { CompiledStory, StoryStep } from '../../schema/story';
import { decodeContextFor } from '../../url/modelContext';
import type { ChangeOrigin } from '../../viewState/changes';
import { useActions, useAppState, useModel } from '../shared/appContext';
import { findStory, isAtStep, stepView } from './storySteps';

export interface StoryPlayer {
  story: CompiledStory;
  /** 1-based. */
  step: number;
  current: StoryStep;
  atStep: boolean;
  goTo(step: number, origin?: ChangeOrigin): void;
  leave(): void;
}

export function useOpenStory(): (id: string) => void {
  const model = useModel();
  const { showStory } = useActions();
  return useCallback(
    (id: string) => {
      const story = findStory(model.stories, id);
      const first = story?.steps[0];
      if (story && first) {
        showStory({ id, step: 1 }, stepView(first, decodeContextFor(model)));
      }
    },
    [model, showStory],
  );
}

export function useStoryPlayer(): StoryPlayer | null {
  const model = useModel();
  const position = useAppState((state) => state.story);
  const view = useAppState((state) => state.view);
  const { showStory } = useActions();
  const story = findStory(model.stories, position?.id);
  const context = useMemo(() => decodeContextFor(model), [model]);
  const goTo = useCallback(
    (step: number, origin: ChangeOrigin = 'control') => {
      const target = story?.steps[step - 1];
      if (story && target) {
        showStory({ id: story.id, step }, stepView(target, context), { origin });
      }
    },
    [story, context, showStory],
  );
  const leave = useCallback(() => showStory(null), [showStory]);
  if (!story || !position) return null;
  const current = story.steps[position.step - 1];
  if (!current) return null;
  return { story, step: position.step, current, atStep: isAtStep(view, current), goTo, leave };
}
