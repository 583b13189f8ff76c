// Parses the downloaded graph, and fetches the source texts beside it, and turns every way they
// can fail into words.
import {
  parseCompiledGraph,
  parseCompiledTexts,
  type CompiledGraph,
} from '../schema/compiledGraph';
import type { SourceTextsResult } from '../ui/shared/appContext';
import type { DownloadFailure, DownloadResult } from './downloadText';

export type LoadResult = { type: 'ok'; graph: CompiledGraph } | DownloadFailure;

/** The downloaded graph file, parsed and checked against this version's contract. */
export function parseCorpus(download: DownloadResult): LoadResult {
  if (download.type === 'error') return download;
  let json: unknown;
  try {
    json = JSON.parse(download.text);
  } catch (error) {
    return {
      type: 'error',
      title: 'The compiled graph is not valid JSON',
      errors: [String(error)],
    };
  }
  const parsed = parseCompiledGraph(json);
  if (!parsed.success) {
    return {
      type: 'error',
      title:
        'The compiled graph does not match this version of the explorer; run npm run data again',
      errors: parsed.error.issues
        .slice(0, 20)
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  return { type: 'ok', graph: parsed.data };
}

/** The source texts compiled with `graph`, for the reader. */
export async function fetchTexts(url: string, graph: CompiledGraph): Promise<SourceTextsResult> {
  let json: unknown;
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) {
      return { type: 'error', message: `${response.status} ${response.statusText}`.trim() };
    }
    json = await response.json();
  } catch (error) {
    return { type: 'error', message: String(error) };
  }
  const parsed = parseCompiledTexts(json, graph);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      type: 'error',
      message: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not a texts file'}; reload the page, or run npm run data again`,
    };
  }
  return { type: 'ok', texts: parsed.data.sources };
}
