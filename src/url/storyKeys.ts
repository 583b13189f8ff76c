// The story being followed, beside the view in the URL: `story=<id>&step=<k>` (docs/url-format.md).
// Not part of a view (a step's view holds no story), so it has keys of its own, read here and
// checked against the corpus's stories by the player, which knows them.
import type { StoryPosition } from '../store/types';
import { encodeToken, isValidId } from '../viewState/ids';

export const STORY_KEY = 'story';
export const STEP_KEY = 'step';

/** A story named by a link, and its step as written: null when missing or not a whole number. */
export interface StoryLink {
  id: string;
  step: number | null;
}

/** The first `story` and `step` of a query, as written; null without a usable `story`. */
export function decodeStoryLink(search: string): StoryLink | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return null;
  }
  const id = params.get(STORY_KEY);
  if (id === null || !isValidId(id)) return null;
  const rawStep = params.get(STEP_KEY) ?? '';
  const step = /^\d{1,9}$/.test(rawStep) ? Number(rawStep) : null;
  return { id, step };
}

/** `story=<id>&step=<k>`, or '' outside a story. */
export function encodeStoryPosition(story: StoryPosition | null): string {
  if (story === null) return '';
  return `${STORY_KEY}=${encodeToken(story.id)}&${STEP_KEY}=${story.step}`;
}
