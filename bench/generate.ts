// Synthetic corpora in the real input format, for benchmarks that measure the compiler too.
//   tsx bench/generate.ts --size S --seed 1 --out bench/out/corpus-S
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, SIZE_NAMES, SIZES, type SizeName } from './generator/corpus';
import { writeCorpus } from './generator/write';

export { generateCorpus, GENERATOR_VERSION, SIZES, SIZE_NAMES } from './generator/corpus';
export type { CorpusShape, GeneratedCorpus, GeneratedFile, SizeName } from './generator/corpus';
export { isGeneratedCorpus, readManifest, writeCorpus } from './generator/write';

export function isSizeName(value: string): value is SizeName {
  return (SIZE_NAMES as readonly string[]).includes(value);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'S' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const size = values.size;
  const seed = Number(values.seed);
  if (!isSizeName(size)) throw new Error(`--size must be one of ${SIZE_NAMES.join(', ')}`);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const out = resolve(values.out ?? `bench/out/corpus-${size}`);
  const started = performance.now();
  const corpus = generateCorpus({ shape: SIZES[size], seed, name: size });
  writeCorpus(out, corpus);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${out}: ${corpus.files.length} files, ${JSON.stringify(corpus.counts)} in ${seconds} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
