import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  AnnotationEditError,
  appendItem,
  appendToList,
  deleteItem,
  readItem,
  setFields,
} from './yamlEdits';

const FIXTURE = readFileSync(join(import.meta.dirname, '__fixtures__/relations.yaml'), 'utf8');
const lines = (text: string): string[] => text.split('\n');

describe('appendItem', () => {
  it('adds the item after the last one and leaves every other byte as it was', () => {
    const next = appendItem(FIXTURE, 'relations', {
      id: 'a-owns-b',
      subject: 'a',
      predicate: 'owns',
      object: 'b',
      evidence: [{ source: 's1', exact: 'A owns B', prefix: 'so ' }],
    });
    const added = [
      '  - id: a-owns-b',
      '    subject: a',
      '    predicate: owns',
      '    object: b',
      '    evidence:',
      '      - source: s1',
      '        exact: A owns B',
      "        prefix: 'so '",
      '',
    ].join('\n');
    const at = FIXTURE.indexOf('# A comment at the end.');
    expect(next).toBe(FIXTURE.slice(0, at) + added + FIXTURE.slice(at));
  });

  it('creates the section at the end of a file without one, and a file from nothing', () => {
    expect(appendItem('# only a comment\n', 'claims', { id: 'c', label: 'C' })).toBe(
      '# only a comment\nclaims:\n  - id: c\n    label: C\n',
    );
    expect(appendItem('', 'entities', { id: 'e', type: 'person', label: 'E' })).toBe(
      'entities:\n  - id: e\n    type: person\n    label: E\n',
    );
    expect(appendItem('entities: [] # none yet\nclaims: []\n', 'entities', { id: 'e' })).toBe(
      'entities:\n  - id: e\nclaims: []\n',
    );
  });

  it('keeps an unindented list unindented', () => {
    expect(appendItem('relations:\n- id: a\n  subject: x\n', 'relations', { id: 'b' })).toBe(
      'relations:\n- id: a\n  subject: x\n- id: b\n',
    );
  });

  it('refuses a file with a YAML error, and leaves it to the annotator', () => {
    expect(() => appendItem('relations: [\n', 'relations', { id: 'b' })).toThrow(
      AnnotationEditError,
    );
  });
});

describe('setFields', () => {
  it('changes the named fields of one item only; comments, order and folding elsewhere stay', () => {
    const next = setFields(FIXTURE, 'bytedance-owns-tiktok', {
      predicate: 'controls',
      status: 'attributed',
      according_to: 'buzzfeed-news',
    });
    const before = lines(FIXTURE);
    const after = lines(next);
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(after.slice(3, 11)).toEqual([
      '  - id: bytedance-owns-tiktok # the parent',
      '    subject: bytedance',
      '    predicate: controls',
      '    object: tiktok',
      '    evidence:',
      '      - { source: s1, exact: its parent company ByteDance }',
      '    status: attributed',
      '    according_to: buzzfeed-news',
    ]);
    // Everything from the blank line before the next item on is byte for byte the same.
    expect(after.slice(11)).toEqual(before.slice(9));
  });

  it('removes a field set to null', () => {
    const next = setFields(FIXTURE, 'bytedance-owns-tiktok', { object: null });
    expect(readItem(next, 'bytedance-owns-tiktok')?.fields).toEqual({
      id: 'bytedance-owns-tiktok',
      subject: 'bytedance',
      predicate: 'owns',
      evidence: [{ source: 's1', exact: 'its parent company ByteDance' }],
    });
  });
});

describe('appendToList', () => {
  it('adds a quote to an item’s evidence and leaves the other item untouched', () => {
    const next = appendToList(FIXTURE, 'bytedance-owns-tiktok', 'evidence', {
      source: 's2',
      exact: 'ByteDance owns it',
    });
    expect(next).toBe(
      FIXTURE.replace(
        '      - { source: s1, exact: its parent company ByteDance }\n',
        '      - { source: s1, exact: its parent company ByteDance }\n' +
          '      - source: s2\n        exact: ByteDance owns it\n',
      ),
    );
  });

  it('creates the list when the item has none', () => {
    const next = appendToList('entities:\n  - id: e\n    label: E\n', 'e', 'mentions', {
      source: 's',
      exact: 'the E',
    });
    expect(next).toBe(
      'entities:\n  - id: e\n    label: E\n    mentions:\n      - source: s\n        exact: the E\n',
    );
  });
});

describe('deleteItem', () => {
  it('removes exactly the item’s lines', () => {
    const next = deleteItem(FIXTURE, 'tiktok-stores-data');
    const start = FIXTURE.indexOf('  - id: tiktok-stores-data');
    const end = FIXTURE.indexOf('# A comment at the end.');
    expect(next).toBe(FIXTURE.slice(0, start) + FIXTURE.slice(end));
    expect(parse(next)).toEqual({
      relations: [parse(FIXTURE).relations[0]],
    });
  });

  it('says so when the id is not in the file', () => {
    expect(() => deleteItem(FIXTURE, 'nope')).toThrow(/no entity, relation or claim with id nope/);
  });
});

describe('round trips', () => {
  it('add then delete gives back the original bytes, in every bundled annotation file', () => {
    const dir = join(import.meta.dirname, '../../data/annotations');
    for (const name of ['entities.yaml', 'relations-organizations.yaml', 'claims-tiktok.yaml']) {
      const original = readFileSync(join(dir, name), 'utf8');
      const section = name.startsWith('entities')
        ? 'entities'
        : name.startsWith('claims')
          ? 'claims'
          : 'relations';
      const added = appendItem(original, section, { id: 'round-trip-item', label: 'x' });
      expect(added).not.toBe(original);
      expect(deleteItem(added, 'round-trip-item'), name).toBe(original);
    }
  });
});
