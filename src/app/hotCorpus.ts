// Development only: the dev server says when the corpus compiled anew (an annotation saved, a file
// edited), and the page swaps in the new graph rather than reloading. In a build import.meta.hot
// is undefined, so this does nothing and the bundler drops the listener.
import { CORPUS_UPDATED_EVENT } from '../schema/corpusUpdate';

/** Calls `onUpdate` each time the dev server has a new graph; returns a function that stops. */
export function onCorpusUpdated(onUpdate: () => void): () => void {
  const hot = import.meta.hot;
  if (!hot) return () => undefined;
  const listener = () => onUpdate();
  hot.on(CORPUS_UPDATED_EVENT, listener);
  return () => hot.off(CORPUS_UPDATED_EVENT, listener);
}
