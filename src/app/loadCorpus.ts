// Fetches the compiled graph with progress, and the source texts beside it, and turns every way
// they can fail into words.
import {
  parseCompiledGraph,
  parseCompiledTexts,
  type CompiledGraph,
} from '../schema/compiledGraph';
import type { SourceTextsResult } from '../ui/appContext';

export type LoadResult =
  { type: 'ok'; graph: CompiledGraph } | { type: 'error'; title: string; errors: string[] };

export async function fetchCorpus(
  url: string,
  onProgress: (fraction: number | null) => void,
): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (error) {
    return { type: 'error', title: 'The graph could not be downloaded', errors: [String(error)] };
  }
  if (!response.ok) {
    // The dev server answers 500 with the compiler's messages when the data has errors.
    const body: unknown = await response.json().catch(() => null);
    const errors =
      body && typeof body === 'object' && 'errors' in body && Array.isArray(body.errors)
        ? body.errors.map(describeServedError)
        : [`${response.status} ${response.statusText}`];
    return { type: 'error', title: 'The corpus has errors; fix them and the page reloads', errors };
  }
  const text = await readWithProgress(response, onProgress);
  let json: unknown;
  try {
    json = JSON.parse(text);
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

/** One entry of the dev server's `{errors}`: a diagnostic whose `text` reads `file:line:col: message`. */
function describeServedError(error: unknown): string {
  if (error && typeof error === 'object' && 'text' in error && typeof error.text === 'string') {
    return error.text;
  }
  return typeof error === 'string' ? error : JSON.stringify(error);
}

async function readWithProgress(
  response: Response,
  onProgress: (fraction: number | null) => void,
): Promise<string> {
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // Each chunk is decoded as it arrives, while the next one downloads.
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    received += value.length;
    onProgress(total > 0 ? Math.min(1, received / total) : null);
  }
  parts.push(decoder.decode());
  return parts.join('');
}
