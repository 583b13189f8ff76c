// An Io for tests: a temporary working folder, and what the commands print.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from './files';

export interface TestIo extends Io {
  stdout: () => string;
  stderr: () => string;
  remove: () => void;
}

export function testIo(): TestIo {
  const cwd = mkdtempSync(join(tmpdir(), 'corpus-cli-'));
  let out = '';
  let err = '';
  return {
    cwd,
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    stdout: () => out,
    stderr: () => err,
    remove: () => rmSync(cwd, { recursive: true, force: true }),
  };
}
