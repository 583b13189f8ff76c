// Citations name the source by title, publisher, date and URL when known, quote the words, and
// say who they are according to and in what voice.
import { describe, expect, it } from 'vitest';
import { loadModel } from '../model/loadModel';
import { buildTestGraph } from '../model/testGraph';
import { compactGraph, expandGraph } from '../schema/edgeColumns';
import { formatItemCitation, formatQuoteCitation, formatSourceReference } from './citation';

function citedModel() {
  const graph = expandGraph(
    buildTestGraph({
      sources: ['s1', 's2'],
      entities: [
        { id: 'bytedance', label: 'ByteDance' },
        { id: 'tiktok', label: 'TikTok' },
        { id: 'spokesperson', label: 'A TikTok spokesperson', type: 'person' },
      ],
      relations: [
        {
          id: 'bytedance-owns-tiktok',
          subject: 'bytedance',
          predicate: 'owns',
          object: 'tiktok',
          sources: ['s1', 's2'],
        },
        {
          id: 'tiktok-stores',
          subject: 'tiktok',
          predicate: 'owns',
          object: 'bytedance',
          sources: ['s1'],
          status: 'attributed',
          accordingTo: ['spokesperson'],
        },
      ],
    }),
  );
  const [first, second] = graph.attributes.sources;
  if (!first || !second) throw new Error('the fixture lists two sources');
  Object.assign(first, {
    publisher: 'The Verge',
    published: '2020-08-06',
    url: 'https://example.com/a',
  });
  Object.assign(second, { estimatedDate: '2021', estimatedDateBasis: 'mentions last year' });
  return loadModel(compactGraph(graph));
}

const model = citedModel();

describe('formatSourceReference', () => {
  it('gives title, publisher, date and URL when all are known', () => {
    expect(formatSourceReference(model, 's1')).toBe(
      '“Title of s1”, The Verge, 2020-08-06. https://example.com/a',
    );
  });

  it('leaves out what is unknown and marks an estimated date', () => {
    expect(formatSourceReference(model, 's2')).toBe('“Title of s2”, 2021 (estimated).');
  });
});

describe('formatQuoteCitation', () => {
  it('quotes the words, says who they are according to and in what voice', () => {
    expect(
      formatQuoteCitation(
        model,
        { source: 's1', exact: 'quote in s1', start: 0, end: 10 },
        'tiktok-stores',
      ),
    ).toBe(
      '“quote in s1” — according to A TikTok spokesperson (attributed). ' +
        '“Title of s1”, The Verge, 2020-08-06. https://example.com/a',
    );
  });

  it('lets a source that speaks for itself be the one it is according to', () => {
    expect(formatQuoteCitation(model, { source: 's2', exact: 'words', start: 0, end: 5 })).toBe(
      '“words” — according to “Title of s2”. “Title of s2”, 2021 (estimated).',
    );
  });
});

describe('formatItemCitation', () => {
  it('reads the relation in words with its status, sources and origins, then each quote', () => {
    expect(formatItemCitation(model, 'bytedance-owns-tiktok')?.split('\n')).toEqual([
      'ByteDance owns TikTok (reported; 2 sources, 2 independent origins)',
      '“quote in s1” — according to “Title of s1” (reported). ' +
        '“Title of s1”, The Verge, 2020-08-06. https://example.com/a',
      '“quote in s2” — according to “Title of s2” (reported). “Title of s2”, 2021 (estimated).',
    ]);
  });

  it('names who an attributed relation is according to', () => {
    expect(formatItemCitation(model, 'tiktok-stores')?.split('\n')[0]).toBe(
      'TikTok owns ByteDance (attributed, according to A TikTok spokesperson; ' +
        '1 source, 1 independent origin)',
    );
  });

  it('is undefined for an id the graph does not know', () => {
    expect(formatItemCitation(model, 'no-such-relation')).toBeUndefined();
  });
});
