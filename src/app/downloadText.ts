// Downloads a file as text with progress, and turns the ways that can fail into words. It imports
// nothing: the entry module starts the graph's download with it before the rest of the app loads.

export type DownloadFailure = { type: 'error'; title: string; errors: string[] };
export type DownloadResult = { type: 'ok'; text: string } | DownloadFailure;

/** Hears each chunk: the share arrived (null without a length), the bytes so far and in all. */
export type DownloadProgress = (
  fraction: number | null,
  received: number,
  total: number | null,
) => void;

export async function downloadText(
  url: string,
  onProgress: DownloadProgress,
): Promise<DownloadResult> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (error) {
    return { type: 'error', title: 'The graph could not be downloaded', errors: [String(error)] };
  }
  if (!response.ok) {
    // The dev server answers 500 with the compiler's messages when the data has errors.
    const body: unknown = await response.json().catch(() => null);
    if (body && typeof body === 'object' && 'errors' in body && Array.isArray(body.errors)) {
      return {
        type: 'error',
        title: 'The corpus has errors; fix them and the page reloads',
        errors: body.errors.map(describeServedError),
      };
    }
    return {
      type: 'error',
      title: `The graph could not be downloaded; is ${url} beside the page? npm run build writes it`,
      errors: [`${response.status} ${response.statusText}`.trim()],
    };
  }
  try {
    return { type: 'ok', text: await readWithProgress(response, onProgress) };
  } catch (error) {
    return { type: 'error', title: 'The graph could not be downloaded', errors: [String(error)] };
  }
}

/** One entry of the dev server's `{errors}`: a diagnostic whose `text` reads `file:line:col: message`. */
function describeServedError(error: unknown): string {
  if (error && typeof error === 'object' && 'text' in error && typeof error.text === 'string') {
    return error.text;
  }
  return typeof error === 'string' ? error : JSON.stringify(error);
}

async function readWithProgress(response: Response, onProgress: DownloadProgress): Promise<string> {
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
    onProgress(
      total > 0 ? Math.min(1, received / total) : null,
      received,
      total > 0 ? total : null,
    );
  }
  parts.push(decoder.decode());
  return parts.join('');
}
