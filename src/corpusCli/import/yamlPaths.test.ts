import { describe, expect, it } from 'vitest';
import { pathLocator, renderYaml } from './yamlPaths';

describe('renderYaml', () => {
  it('writes the header as comments and leaves out what is undefined', () => {
    expect(renderYaml(['one', ''], { relations: [{ id: 'a', note: undefined, n: 2 }] })).toBe(
      '# one\n#\nrelations:\n  - id: a\n    n: 2\n',
    );
  });

  it('quotes what YAML would read as something else, and never folds long lines', () => {
    const long = 'x '.repeat(80).trim();
    const text = renderYaml([], { entities: [{ label: '0123', description: long }] });
    expect(text).toBe(`entities:\n  - label: "0123"\n    description: ${long}\n`);
  });
});

describe('pathLocator', () => {
  const text = renderYaml(['header'], {
    relations: [{ id: 'a', evidence: [{ source: 's', exact: 'hello world' }] }],
  });
  const locate = pathLocator(text);

  it('finds the innermost value or key at a line and column', () => {
    // # header / relations: / - id: a / evidence: / - source: s / exact: hello world
    expect(locate(2, 1)).toBe('relations');
    expect(locate(3, 5)).toBe('relations.0.id');
    expect(locate(3, 9)).toBe('relations.0.id');
    expect(locate(4, 5)).toBe('relations.0.evidence');
    expect(locate(5, 9)).toBe('relations.0.evidence.0.source');
    expect(locate(6, 16)).toBe('relations.0.evidence.0.exact');
    expect(locate(6, 22)).toBe('relations.0.evidence.0.exact');
  });

  it('answers the top for the header', () => {
    expect(locate(1, 1)).toBe('');
  });
});
