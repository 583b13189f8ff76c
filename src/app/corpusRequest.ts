// The graph's download starts when this module is evaluated. The entry module imports it before
// it loads the rest of the app (React, cytoscape, zod, the panels), so the request overlaps their
// download and evaluation. It must stay free of heavy imports for that reason.
import { downloadText, type DownloadProgress, type DownloadResult } from './downloadText';
import { markStartup } from './instrumentation';

type ProgressListener = DownloadProgress;

const progressListeners = new Set<ProgressListener>();

export const CORPUS_FILE = './corpus.json';

// Start-up marks time each step for the benchmark's breakdown (bench/runner/startupStages.ts).
markStartup('download-start');
export const corpusDownload: Promise<DownloadResult> = downloadText(
  CORPUS_FILE,
  (fraction, received, total) => {
    for (const listener of progressListeners) listener(fraction, received, total);
  },
).then((result) => {
  markStartup('downloaded');
  return result;
});

/** Reports the download's progress until the returned function is called. */
export function onCorpusProgress(listener: ProgressListener): () => void {
  progressListeners.add(listener);
  return () => progressListeners.delete(listener);
}
