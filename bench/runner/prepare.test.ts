import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILER_ENTRY, COMPILER_NODE_FLAGS, ROOT } from './prepare';

describe('the timed compile', () => {
  it('runs the compiler the way npm run data does', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.data).toBe(
      ['node', ...COMPILER_NODE_FLAGS, relative(ROOT, COMPILER_ENTRY)].join(' '),
    );
  });
});
