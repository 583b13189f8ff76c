import { describe, expect, it } from 'vitest';
import { USAGE, parseCommandLine } from './main';

describe('parseCommandLine', () => {
  const values = (args: string[]) => {
    const parsed = parseCommandLine(args);
    if (typeof parsed === 'string') throw new Error(parsed);
    return parsed.values;
  };

  it('reads each command: its folder and files, and its options in either form', () => {
    expect(values(['new', 'my-corpus'])).toEqual({ DIR: 'my-corpus' });
    expect(values(['add-source', 'c', 'a.txt', '--title', 'A title', '--id=a'])).toEqual({
      DIR: 'c',
      FILE: 'a.txt',
      '--title': 'A title',
      '--id': 'a',
    });
    expect(values(['import', 'c', '--relations', 'r.csv'])).toEqual({
      DIR: 'c',
      '--relations': 'r.csv',
    });
  });

  it('answers with the usage, or says what is wrong', () => {
    expect(parseCommandLine([])).toBe(USAGE);
    expect(parseCommandLine(['--help'])).toBe(USAGE);
    expect(parseCommandLine(['create', 'x'])).toMatch(/^unknown command "create"\n/);
    expect(parseCommandLine(['new', 'x', '--id', 'y'])).toMatch(
      /^unknown option "--id" for new; it takes --title\n/,
    );
    expect(parseCommandLine(['new', 'x', '--title'])).toMatch(/^--title needs a value\n/);
    expect(parseCommandLine(['new'])).toMatch(/^new takes DIR\n/);
    expect(parseCommandLine(['add-source', 'c'])).toMatch(/^add-source takes DIR FILE\n/);
  });
});
