// Big corpora spend most of their compile time in the yaml package (about 1–2 MB/s), so the
// folder compiler parses large YAML sets on worker threads. Results are identical to parsing in
// the main thread, which remains the fallback whenever workers are unavailable.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseParts, type ParsedParts } from './parsedFile';

/** Below this much YAML, starting workers costs more than it saves. */
export const PARALLEL_FROM_BYTES = 4 * 1024 * 1024;
const MAX_WORKERS = 4;

export interface ParseJob {
  file: string;
  text: string;
}

/**
 * Parses the jobs on worker threads; undefined when that is not worth it or not possible.
 * `onParsed` hears of each file as its result arrives.
 */
export async function parseInWorkers(
  jobs: readonly ParseJob[],
  minBytes = PARALLEL_FROM_BYTES,
  onParsed?: () => void,
): Promise<Map<string, ParsedParts> | undefined> {
  const total = jobs.reduce((sum, job) => sum + job.text.length, 0);
  const count = Math.min(MAX_WORKERS, Math.max(2, availableParallelism()), jobs.length);
  if (total < minBytes || availableParallelism() < 2 || jobs.length < 2) return undefined;
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < count; i += 1) workers.push(startWorker());
    const queues = splitBySize(jobs, count);
    const results = await Promise.all(
      queues.map((queue, i) => runQueue(workers[i] as Worker, queue, onParsed)),
    );
    return new Map(results.flat());
  } catch {
    return undefined;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function startWorker(): Worker {
  const url = new URL('./parseWorker.ts', import.meta.url).href;
  // The worker body is TypeScript. Node 20 ignores loader flags for workers, so the worker
  // registers tsx itself before importing it.
  const api =
    typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
  const bootstrap =
    `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); ` +
    `return import(${JSON.stringify(url)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** Largest files first, each to the least-loaded worker, so workers finish together. */
function splitBySize(jobs: readonly ParseJob[], count: number): ParseJob[][] {
  const queues: ParseJob[][] = Array.from({ length: count }, () => []);
  const loads = new Array<number>(count).fill(0);
  for (const job of [...jobs].sort((a, b) => b.text.length - a.text.length)) {
    const i = loads.indexOf(Math.min(...loads));
    queues[i]?.push(job);
    loads[i] = (loads[i] ?? 0) + job.text.length;
  }
  return queues;
}

function runQueue(
  worker: Worker,
  queue: readonly ParseJob[],
  onParsed?: () => void,
): Promise<[string, ParsedParts][]> {
  return new Promise((resolve, reject) => {
    const results: [string, ParsedParts][] = [];
    let next = 0;
    const send = (): void => {
      const job = queue[next];
      next += 1;
      if (job) worker.postMessage(job);
      else resolve(results);
    };
    worker.on('message', (message: { file: string; json?: string; parts?: ParsedParts }) => {
      const parts = message.json === undefined ? message.parts : parseParts(message.json);
      if (parts) results.push([message.file, parts]);
      onParsed?.();
      send();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (next <= queue.length) reject(new Error(`parse worker exited with code ${code}`));
    });
    send();
  });
}
