// Worker thread body: parses YAML texts sent by parseInWorkers. The parts go back as a JSON string:
// JSON.parse in the main thread is much cheaper than structured clone of millions of small objects.
import { parentPort } from 'node:worker_threads';
import { stringifyParts } from './parsedFile';
import { parseYamlParts } from './parseYaml';

parentPort?.on('message', (job: { file: string; text: string }) => {
  const parts = parseYamlParts(job.text);
  const json = stringifyParts(parts);
  parentPort?.postMessage(
    json === undefined ? { file: job.file, parts } : { file: job.file, json },
  );
});
