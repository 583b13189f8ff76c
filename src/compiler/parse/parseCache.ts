// Parsing YAML is most of a big corpus's compile time, and between two compiles most files have
// not changed. Parsed parts are cached by a hash of the file's text and of the parser itself: in
// memory for the dev server, on disk (node_modules/.cache) for the CLI.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeAtomically } from '../atomicWrite';
import type { ParseJob } from './parseInWorkers';
import { parseParts, stringifyParts, type ParsedParts } from './parsedFile';

export interface ParseCache {
  /** Cached parts by file, and the jobs still to parse. */
  lookup(
    jobs: readonly ParseJob[],
  ): Promise<{ hits: Map<string, ParsedParts>; misses: ParseJob[] }>;
  /** Remembers parts parsed this time; `jobs` is every file of the corpus, to forget the rest. */
  store(parsed: ReadonlyMap<string, ParsedParts>, jobs: readonly ParseJob[]): Promise<void>;
}

/** Files whose code shapes the parts: a change to any of them invalidates every entry. */
const PARSER_MODULES = ['parseYaml.ts', 'parsedFile.ts', 'positionIndex.ts', 'decodeText.ts'];
let fingerprint: Promise<string | undefined> | undefined;

/** Hash of the parser's own source and the yaml package version; undefined disables caching. */
function parserFingerprint(): Promise<string | undefined> {
  fingerprint ??= (async () => {
    try {
      const hash = createHash('sha1');
      hash.update(await readFile(createRequire(import.meta.url).resolve('yaml/package.json')));
      for (const name of PARSER_MODULES)
        hash.update(await readFile(new URL(name, import.meta.url)));
      return hash.digest('hex');
    } catch {
      return undefined;
    }
  })();
  return fingerprint;
}

async function keysOf(jobs: readonly ParseJob[]): Promise<Map<string, string> | undefined> {
  const parser = await parserFingerprint();
  if (parser === undefined) return undefined;
  return new Map(
    jobs.map((job) => [job.file, createHash('sha1').update(parser).update(job.text).digest('hex')]),
  );
}

export function createMemoryCache(): ParseCache {
  let entries = new Map<string, ParsedParts>();
  return {
    async lookup(jobs) {
      const keys = await keysOf(jobs);
      const hits = new Map<string, ParsedParts>();
      const misses: ParseJob[] = [];
      for (const job of jobs) {
        const parts = keys && entries.get(keys.get(job.file) ?? '');
        if (parts) hits.set(job.file, parts);
        else misses.push(job);
      }
      return { hits, misses };
    },
    async store(parsed, jobs) {
      const keys = await keysOf(jobs);
      if (!keys) return;
      const next = new Map<string, ParsedParts>();
      for (const job of jobs) {
        const key = keys.get(job.file) ?? '';
        const parts = parsed.get(job.file) ?? entries.get(key);
        if (parts) next.set(key, parts);
      }
      entries = next;
    },
  };
}

/** One JSON file per entry in `dir`; entries of files no longer in the corpus are removed. */
export function createDiskCache(dir: string): ParseCache {
  return {
    async lookup(jobs) {
      const keys = await keysOf(jobs);
      // Read in parallel, then sorted in the jobs' order: misses in completion order would make
      // the parse (and its diagnostics) order depend on the disk.
      const texts = await Promise.all(
        jobs.map(async (job) => {
          const key = keys?.get(job.file);
          return key && (await readFile(join(dir, `${key}.json`), 'utf8').catch(() => undefined));
        }),
      );
      const hits = new Map<string, ParsedParts>();
      const misses: ParseJob[] = [];
      jobs.forEach((job, index) => {
        const text = texts[index];
        const parts = text ? partsOrUndefined(text) : undefined;
        if (parts) hits.set(job.file, parts);
        else misses.push(job);
      });
      return { hits, misses };
    },
    async store(parsed, jobs) {
      const keys = await keysOf(jobs);
      if (!keys) return;
      try {
        await mkdir(dir, { recursive: true });
        for (const [file, parts] of parsed) {
          const key = keys.get(file);
          const json = stringifyParts(parts);
          if (!key || json === undefined) continue;
          await writeAtomically(join(dir, `${key}.json`), json);
        }
        const wanted = new Set([...keys.values()].map((key) => `${key}.json`));
        for (const name of await readdir(dir)) {
          if (!wanted.has(name)) await rm(join(dir, name), { force: true });
        }
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}

/** An entry that cannot be read (cut short, or written by another version) is parsed again. */
function partsOrUndefined(text: string): ParsedParts | undefined {
  try {
    return parseParts(text);
  } catch {
    return undefined;
  }
}
