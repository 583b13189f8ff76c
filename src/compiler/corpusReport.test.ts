import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compileCorpus';
import {
  CorpusError,
  corpusDisplayName,
  describeCompiledCorpus,
  formatCorpusDiagnostics,
  summarizeCorpus,
} from './corpusReport';
import { loadFixture } from './__fixtures__/loadFixture';
import type { Diagnostic } from './types';

describe('corpusDisplayName', () => {
  it('is relative inside the working folder, absolute outside it', () => {
    expect(corpusDisplayName('/repo/data', '/repo')).toBe('data');
    expect(corpusDisplayName('/repo/e2e/corpora/x', '/repo')).toBe('e2e/corpora/x');
    expect(corpusDisplayName('/repo', '/repo')).toBe('.');
    expect(corpusDisplayName('/home/me/corpus', '/repo')).toBe('/home/me/corpus');
    expect(corpusDisplayName('/repo-2/data', '/repo')).toBe('/repo-2/data');
  });
});

describe('what is printed about a compile', () => {
  const graph = compileCorpus(loadFixture('small')).graph;
  if (!graph) throw new Error('the small fixture compiles');

  it('sums up a compiled corpus in one line, with its title', () => {
    expect(summarizeCorpus(graph)).toBe('6 entities, 4 relations, 2 claims, 2 sources');
    expect(describeCompiledCorpus('data', graph, 0)).toBe(
      'corpus data ("Fixture corpus"): 6 entities, 4 relations, 2 claims, 2 sources',
    );
    expect(describeCompiledCorpus('data', graph, 1)).toMatch(/2 sources, 1 warning$/);
  });

  it('lists problems under one line naming the corpus, with paths relative to it', () => {
    const diagnostics: Diagnostic[] = [
      { severity: 'error', file: 'annotations/a.yaml', line: 3, col: 5, message: 'bad' },
      { severity: 'warning', file: 'sources/s.yaml', line: 1, col: 1, message: 'odd' },
      { severity: 'error', file: 'corpus.yaml', line: 2, col: 1, message: 'worse' },
    ];
    expect(formatCorpusDiagnostics('/home/me/corpus', diagnostics)).toBe(
      [
        'corpus /home/me/corpus: 2 errors, 1 warning',
        'annotations/a.yaml:3:5: bad',
        'sources/s.yaml:1:1: warning: odd',
        'corpus.yaml:2:1: worse',
      ].join('\n'),
    );
    expect(formatCorpusDiagnostics('data', diagnostics.slice(1, 2))).toBe(
      'corpus data: 1 warning\nsources/s.yaml:1:1: warning: odd',
    );
  });
});

describe('CorpusError', () => {
  it('prints as its message alone: no stack trace', () => {
    const error = new CorpusError('corpus data: 1 error\na.yaml:1:1: bad');
    expect(inspect(error)).toBe('corpus data: 1 error\na.yaml:1:1: bad');
    expect(error.stack).not.toMatch(/\n\s+at /);
    expect(error).toBeInstanceOf(Error);
  });
});
