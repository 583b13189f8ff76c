import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from './downloadText';

/** A response whose body arrives in the given chunks. */
function streamed(chunks: string[], init: ResponseInit & { length?: number } = {}): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  const headers = new Headers(init.headers);
  if (init.length !== undefined) headers.set('content-length', String(init.length));
  return new Response(body, { ...init, headers });
}

function serve(response: Response | Error): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response))),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('downloadText', () => {
  it('joins the chunks, including a character split across two, and reports progress', async () => {
    // "é" is two bytes in UTF-8: its first byte ends one chunk, its second starts the next.
    const bytes = new TextEncoder().encode('{"a":"é"}');
    const cut = bytes.indexOf(0xc3) + 1;
    const chunks = [bytes.slice(0, cut), bytes.slice(cut)];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    serve(new Response(body, { headers: { 'content-length': String(bytes.length) } }));
    const progress: (number | null)[][] = [];
    const result = await downloadText('./corpus.json', (...args) => progress.push(args));
    expect(result).toEqual({ type: 'ok', text: '{"a":"é"}' });
    expect(progress).toEqual([
      [cut / bytes.length, cut, bytes.length],
      [1, bytes.length, bytes.length],
    ]);
  });

  it('reports unknown progress when the server gives no length', async () => {
    serve(streamed(['ab', 'cd']));
    const progress: (number | null)[][] = [];
    const result = await downloadText('./corpus.json', (...args) => progress.push(args));
    expect(result).toEqual({ type: 'ok', text: 'abcd' });
    expect(progress).toEqual([
      [null, 2, null],
      [null, 4, null],
    ]);
  });

  it("lists the dev server's compile errors under a title that says to fix them", async () => {
    serve(
      Response.json(
        { errors: [{ text: 'data/annotations/x.yaml:3:5: unknown entity "tiktk"' }, 'plain'] },
        { status: 500 },
      ),
    );
    expect(await downloadText('./corpus.json', () => {})).toEqual({
      type: 'error',
      title: 'The corpus has errors; fix them and the page reloads',
      errors: ['data/annotations/x.yaml:3:5: unknown entity "tiktk"', 'plain'],
    });
  });

  it('says which file is missing, and how to make it, on a 404', async () => {
    serve(new Response('Not here', { status: 404, statusText: 'Not Found' }));
    const result = await downloadText('./corpus.json', () => {});
    expect(result).toEqual({
      type: 'error',
      title:
        'The graph could not be downloaded; is ./corpus.json beside the page? npm run build writes it',
      errors: ['404 Not Found'],
    });
  });

  it('turns a network failure, before or during the body, into an error', async () => {
    serve(new TypeError('Failed to fetch'));
    expect(await downloadText('./corpus.json', () => {})).toMatchObject({
      type: 'error',
      title: 'The graph could not be downloaded',
      errors: ['TypeError: Failed to fetch'],
    });

    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"nodes":['));
        controller.error(new Error('connection reset'));
      },
    });
    serve(new Response(body));
    expect(await downloadText('./corpus.json', () => {})).toMatchObject({
      type: 'error',
      title: 'The graph could not be downloaded',
      errors: ['Error: connection reset'],
    });
  });
});
