// The story being followed: its title, "Step k of N", the step's caption, Previous / Next (and
// the arrow keys while the panel has focus), a way back to the step's view after exploring, the
// whole story as a list (also what prints), and a way to leave. Each step glides the graph to its
// view; screen readers hear the step's title and caption.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { isolateBidi } from '../../model/bidi';
import { describeItem } from '../../model/queries';
import type { Renderer } from '../../render/cytoscape/types';
import { useActions, useAppState, useModel } from '../shared/appContext';
import { animateViewport, prefersReducedMotion, STEP_MOVE_MS, stepTarget } from './animateViewport';
import { Caption } from './Caption';
import { captionText, findStory } from './storySteps';
import { useStoryPlayer, type StoryPlayer } from './useStoryPlayer';

export interface StoryPanelProps {
  renderer: Renderer | null;
  /** What is drawn, to fit a step without a viewport of its own. */
  nodes: readonly { x: number; y: number }[];
  /** In an iframe: the caption and the step controls only. */
  embed?: boolean;
}

export function StoryPanel({ renderer, nodes, embed = false }: StoryPanelProps) {
  const player = useStoryPlayer();
  useStaleStepRepair();
  const [moves, setMoves] = useState(0);
  useStepAnimation(renderer, nodes, player, moves);
  const heading = useRef<HTMLHeadingElement>(null);
  const opened = useRef<string | null>(null);
  const storyId = player?.story.id ?? null;
  useEffect(() => {
    // Opening a story takes the keyboard there, so the arrow keys work at once.
    if (storyId !== null && opened.current !== storyId) heading.current?.focus();
    opened.current = storyId;
  }, [storyId]);
  if (!player) return null;

  const { story, step, current, atStep, goTo, leave } = player;
  const count = story.steps.length;
  const go = (target: number) => {
    if (target < 1 || target > count) return;
    goTo(target);
    setMoves((n) => n + 1);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey) return;
    if (event.key === 'ArrowRight') go(step + 1);
    else if (event.key === 'ArrowLeft') go(step - 1);
    else return;
    event.preventDefault();
  };

  return (
    <section
      className={`story-panel${embed ? ' story-embed' : ''}`}
      aria-labelledby="story-title"
      onKeyDown={onKeyDown}
    >
      <header className="story-head">
        <h2 id="story-title" ref={heading} tabIndex={-1}>
          <bdi>{story.title}</bdi>
        </h2>
        {!embed && (
          <button type="button" className="link-button" onClick={leave}>
            Leave the story
          </button>
        )}
      </header>
      <p className="story-progress" id="story-progress">
        Step {step} of {count}
      </p>
      <StepAnnouncement player={player} />
      <h3 className="story-step-title">
        <bdi>{current.title}</bdi>
      </h3>
      <Caption caption={current.caption} />
      <div className="story-controls">
        <button type="button" onClick={() => go(step - 1)} disabled={step <= 1}>
          Previous
        </button>
        <button type="button" onClick={() => go(step + 1)} disabled={step >= count}>
          Next
        </button>
        {!atStep && (
          <button
            type="button"
            onClick={() => {
              goTo(step);
              setMoves((n) => n + 1);
            }}
          >
            Back to this step’s view
          </button>
        )}
      </div>
      {!embed && <WholeStory />}
    </section>
  );
}

/** Says the step's title and caption when the step changes (not on every render). */
function StepAnnouncement({ player }: { player: StoryPlayer }) {
  const model = useModel();
  const { story, step, current } = player;
  const text = useMemo(
    () =>
      `Step ${step} of ${story.steps.length}: ${current.title}. ` +
      captionText(current.caption, (id) => isolateBidi(describeItem(model, id))),
    [model, story, step, current],
  );
  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}

/** Every step in order, with its caption and citations: the accessible alternative and the print. */
function WholeStory() {
  const player = useStoryPlayer();
  const [open, setOpen] = useState(false);
  if (!player) return null;
  return (
    <div className="story-all">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide the whole story' : 'Read the whole story'}
      </button>
      <ol className="story-all-list" hidden={!open} aria-label="The whole story">
        {player.story.steps.map((step, index) => (
          <li key={index}>
            <h3>
              <bdi>{step.title}</bdi>
            </h3>
            <Caption caption={step.caption} />
            <button type="button" className="link-button" onClick={() => player.goTo(index + 1)}>
              Show step {index + 1}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A step moved to (or returned to) glides the graph to its view, once the view is drawn. */
function useStepAnimation(
  renderer: Renderer | null,
  nodes: readonly { x: number; y: number }[],
  player: StoryPlayer | null,
  moves: number,
) {
  const viewport = useAppState((state) => state.view.viewport);
  const latest = useRef({ nodes, player, viewport });
  latest.current = { nodes, player, viewport };
  const key = player ? `${player.story.id}#${player.step}` : null;
  useEffect(() => {
    if (!renderer || key === null) return;
    let stop = () => {};
    // After the canvas has applied the step's scene (its effect runs in the same commit).
    const frame = requestAnimationFrame(() => {
      const { nodes: drawn, player: now, viewport: own } = latest.current;
      // A step with a viewport of its own is shown from there by the canvas itself.
      if (!now?.atStep || own) return;
      const target = stepTarget(renderer, drawn);
      if (target)
        stop = animateViewport(renderer, target, prefersReducedMotion() ? 0 : STEP_MOVE_MS);
    });
    return () => {
      cancelAnimationFrame(frame);
      stop();
    };
  }, [renderer, key, moves]);
}

/**
 * Back or Forward to an address whose story or step no longer exists: the nearest step, or out of
 * the story, with a notice. (A link the page opens with is checked before the store is made.)
 */
function useStaleStepRepair() {
  const model = useModel();
  const position = useAppState((state) => state.story);
  const { showStory, addNotice } = useActions();
  useEffect(() => {
    if (!position) return;
    const story = findStory(model.stories, position.id);
    if (!story) {
      showStory(null, undefined, { origin: 'history' });
      addNotice({ kind: 'warning', message: 'This link names a story this corpus does not have.' });
    } else if (position.step > story.steps.length) {
      const last = story.steps.length;
      showStory({ id: story.id, step: last }, undefined, { origin: 'history' });
      addNotice({
        kind: 'info',
        message: `This story has ${last} steps; showing step ${last}.`,
      });
    }
  }, [model, position, showStory, addNotice]);
}
