// Worker thread body: parses YAML texts sent by parseInWorkers and returns plain parts.
import { parentPort } from 'node:worker_threads';
import { parseYamlParts } from './parseYaml';

parentPort?.on('message', (job: { file: string; text: string }) => {
  parentPort?.postMessage({ file: job.file, parts: parseYamlParts(job.text) });
});
