// The architecture checks itself: these tests show that `npm test` fails on a backward import
// (eslint.config.js's layer rules, also through a folder's index.ts), on an unused export, file or
// dependency (knip), and on a source file too long to read in one sitting.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the layer rules', () => {
  const eslint = new ESLint({ cwd: root });
  /** The restricted-import messages ESLint gives `code` as if it were the file at `path`. */
  const refusals = async (path: string, code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: join(root, path) });
    return (result?.messages ?? [])
      .filter((message) => message.ruleId === 'no-restricted-imports')
      .map((message) => message.message);
  };

  it.each([
    ['src/store/x.ts', "import { decodeViewState } from '../url/codec';", 'store may import only'],
    ['src/store/x.ts', "import type { DecodeResult } from '../url';", 'store may import only'],
    ['src/model/x.ts', "import { deriveView } from '../view';", 'model may import only'],
    ['src/model/x.ts', "import { deriveView } from '../view/index';", 'model may import only'],
    [
      'src/viewState/x.ts',
      "import { createAppStore } from '../store/createAppStore';",
      'viewState',
    ],
    ['src/render/x.ts', "import type { ViewState } from '../viewState/viewState';", 'render'],
    ['src/view/x.ts', "import { useMemo } from 'react';", 'React is for src/ui and src/app'],
    ['src/render/x.ts', "import { createRoot } from 'react-dom/client';", 'React is for'],
    ['src/url/x.ts', "import { readFile } from 'node:fs';", 'runs in the browser'],
    ['src/ui/x.tsx', "import { startUrlSync } from '../app/boot';", 'ui may import only'],
    ['src/compiler/x.ts', "import { loadModel } from '../model';", 'compiler may import only'],
    ['bench/x.ts', "import { App } from '../src/ui/App';", 'bench may import only'],
    ['e2e/x.ts', "import { createAppStore } from '../src/store/createAppStore';", 'e2e may import'],
  ])('refuses, in %s: %s', async (path, code, message) => {
    const found = await refusals(path, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it.each([
    ['src/url/x.ts', "import { createAppStore } from '../store/createAppStore';"],
    ['src/store/x.ts', "import { applySelect } from '../viewState/producers';"],
    ['src/view/x.ts', "import { loadModel } from '../model';"],
    ['src/ui/x.tsx', "import { useMemo } from 'react';\nimport { deriveView } from '../view';"],
    [
      'src/ui/graph/x.tsx',
      "import { App } from '../App';\nimport { Panel } from '../details/Panel';",
    ],
    ['src/compiler/x.ts', "import { formatDay } from '../calendar/days';"],
  ])('lets an import down the layers through, in %s: %s', async (path, code) => {
    expect(await refusals(path, code)).toEqual([]);
  });
});

describe('the unused-code check', () => {
  const run = promisify(execFile);

  it('fails on an unused export, an unused file and an unused dependency', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'knip-fixture-'));
    try {
      await mkdir(join(dir, 'src'));
      const files: Record<string, string> = {
        'package.json': JSON.stringify({
          name: 'fixture',
          private: true,
          type: 'module',
          dependencies: { 'left-pad': '1.3.0' },
        }),
        'knip.json': JSON.stringify({ entry: ['src/index.ts'], project: ['src/**/*.ts'] }),
        'src/index.ts': "import { used } from './used';\nconsole.log(used);\n",
        'src/used.ts': 'export const used = 1;\nexport const unused = 2;\n',
        'src/orphan.ts': 'export const orphan = 3;\n',
      };
      for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
      const knip = join(root, 'node_modules/knip/bin/knip.js');
      const failure = await run(process.execPath, [knip, '--directory', dir, '--reporter', 'json'])
        .then(() => null)
        .catch((error: { code?: number; stdout?: string }) => error);
      expect(failure?.code).toBe(1);
      const report = JSON.parse(failure?.stdout ?? '{}') as {
        issues: {
          file: string;
          files: unknown[];
          exports: { name: string }[];
          dependencies: { name: string }[];
        }[];
      };
      const found = report.issues.flatMap((issue) => [
        ...issue.files.map(() => `file ${issue.file}`),
        ...issue.exports.map((e) => `export ${e.name}`),
        ...issue.dependencies.map((d) => `dependency ${d.name}`),
      ]);
      expect(found.sort()).toEqual(['dependency left-pad', 'export unused', 'file src/orphan.ts']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('source files', () => {
  const MAX_LINES = 400;
  const FOLDERS = ['src', 'e2e', 'bench', 'scripts'];
  const SOURCE = new Set(['.ts', '.tsx', '.js', '.mjs', '.css']);
  const SKIPPED = new Set(['node_modules', 'out', 'corpora', '__fixtures__']);

  async function listSources(dir: string): Promise<string[]> {
    const found: string[] = [];
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) found.push(...(await listSources(path)));
      } else if (SOURCE.has(extname(entry.name))) {
        found.push(path);
      }
    }
    return found;
  }

  it(`are at most ${MAX_LINES} lines, or say at their top why they are longer`, async () => {
    const files = (
      await Promise.all(FOLDERS.map((folder) => listSources(join(root, folder))))
    ).flat();
    expect(files.length).toBeGreaterThan(100);
    const long: string[] = [];
    for (const file of files) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      const reason = lines.slice(0, 10).some((line) => /over \d+ lines because \S/i.test(line));
      if (lines.length > MAX_LINES && !reason)
        long.push(`${relative(root, file)} (${lines.length})`);
    }
    expect(long, 'split these by what they do, or say why not in a comment at the top').toEqual([]);
  });
});
