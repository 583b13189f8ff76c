// Worker thread body: parses YAML texts sent by parseInWorkers. The parts go back as a JSON string:
// JSON.parse in the main thread is much cheaper than structured clone of millions of small objects.
import { parentPort } from 'node:worker_threads';
import { parseYamlParts } from './parseYaml';

parentPort?.on('message', (job: { file: string; text: string }) => {
  const parts = parseYamlParts(job.text);
  let lossy = false;
  const json = JSON.stringify(parts, (_key, value: unknown) => {
    // .inf and .nan have no JSON form; such files are sent the slow, exact way.
    if (typeof value === 'number' && !Number.isFinite(value)) lossy = true;
    return value;
  });
  parentPort?.postMessage(lossy ? { file: job.file, parts } : { file: job.file, json });
});
