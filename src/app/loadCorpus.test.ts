import { describe, expect, it } from 'vitest';
import { COMPILED_FORMAT_VERSION } from '../schema/compiledGraph';
import { buildNewsGraph } from '../model/testNewsGraph';
import { parseCorpus } from './loadCorpus';

describe('parseCorpus', () => {
  it('passes a download failure through unchanged', () => {
    const failure = { type: 'error', title: 'The graph could not be downloaded', errors: ['x'] };
    expect(parseCorpus({ type: 'error', title: failure.title, errors: failure.errors })).toEqual(
      failure,
    );
  });

  it('returns the checked graph', () => {
    const text = JSON.stringify(buildNewsGraph());
    const result = parseCorpus({ type: 'ok', text });
    expect(result).toEqual({ type: 'ok', graph: JSON.parse(text) });
  });

  it('says the file is not JSON, with where the parser stopped', () => {
    const result = parseCorpus({ type: 'ok', text: '{"nodes": [' });
    expect(result).toMatchObject({ type: 'error', title: 'The compiled graph is not valid JSON' });
    expect(result.type === 'error' && result.errors[0]).toMatch(/SyntaxError/);
  });

  it('says a graph from another version needs compiling again, naming what differs', () => {
    const graph = buildNewsGraph();
    const old = { ...graph, attributes: { ...graph.attributes, formatVersion: 1 } };
    const result = parseCorpus({ type: 'ok', text: JSON.stringify(old) });
    expect(result).toMatchObject({
      type: 'error',
      title:
        'The compiled graph does not match this version of the explorer; run npm run data again',
    });
    expect(result.type === 'error' && result.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^attributes\\.formatVersion: .*${COMPILED_FORMAT_VERSION}`),
      ),
    ]);
  });
});
