// The page's side of the dev server's annotation endpoints (src/annotateServer). Every request
// carries the token the server put in the page's meta tag.
import {
  ANNOTATE_PATH,
  ANNOTATE_TOKEN_HEADER,
  ANNOTATE_TOKEN_META,
  type AnnotateErrorBody,
  type FileVersion,
  type FoundAnnotation,
  type SaveRequest,
  type SaveResponse,
  type UndoResponse,
} from '../../schema/annotationProtocol';

export type Answer<T> = { ok: true; value: T } | { ok: false; error: AnnotateErrorBody };

function token(): string {
  return (
    document.querySelector(`meta[name="${ANNOTATE_TOKEN_META}"]`)?.getAttribute('content') ?? ''
  );
}

async function call<T>(path: string, init: RequestInit = {}): Promise<Answer<T>> {
  try {
    const response = await fetch(`${ANNOTATE_PATH}${path}`, {
      ...init,
      headers: {
        [ANNOTATE_TOKEN_HEADER]: token(),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
    });
    const body = (await response.json()) as T | { refused: AnnotateErrorBody } | AnnotateErrorBody;
    if (!response.ok) return { ok: false, error: body as AnnotateErrorBody };
    if (typeof body === 'object' && body !== null && 'refused' in body) {
      return { ok: false, error: body.refused };
    }
    return { ok: true, value: body as T };
  } catch (error) {
    return {
      ok: false,
      error: {
        kind: 'bad-request',
        message: `the dev server did not answer (${String(error)}): is npm run dev still running?`,
      },
    };
  }
}

export const readVersion = (file: string) =>
  call<FileVersion>(`/file?path=${encodeURIComponent(file)}`);

export const findAnnotation = (id: string) =>
  call<FoundAnnotation>(`/item?id=${encodeURIComponent(id)}`);

export const saveAnnotation = (request: SaveRequest) =>
  call<SaveResponse>('/save', { method: 'POST', body: JSON.stringify(request) });

export const undoLastSave = () => call<UndoResponse>('/undo', { method: 'POST', body: '{}' });

export const readHistory = () => call<{ undoable: number }>('/history');

/** What the page says when the server refuses: the message, and the compiler's lines if any. */
export function describeRefusal(error: AnnotateErrorBody): string {
  const rest = (error.errors ?? []).slice(1);
  return rest.length > 0
    ? `${error.message} (and ${rest.length} more: ${rest.join('; ')})`
    : error.message;
}
