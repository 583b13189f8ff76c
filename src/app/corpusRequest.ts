// The graph's download starts when this module is evaluated: main imports it before React, the
// panels and cytoscape, so the request overlaps their evaluation instead of waiting for the first
// render of the splash screen.
import { fetchCorpus, type LoadResult } from './loadCorpus';

type ProgressListener = (fraction: number | null) => void;

const progressListeners = new Set<ProgressListener>();

export const CORPUS_FILE = './corpus.json';

export const corpusLoad: Promise<LoadResult> = fetchCorpus(CORPUS_FILE, (fraction) => {
  for (const listener of progressListeners) listener(fraction);
});

/** Reports the download's progress until the returned function is called. */
export function onCorpusProgress(listener: ProgressListener): () => void {
  progressListeners.add(listener);
  return () => progressListeners.delete(listener);
}
