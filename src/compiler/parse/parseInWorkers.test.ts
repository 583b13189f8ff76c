import { describe, expect, it } from 'vitest';
import { parseInWorkers } from './parseInWorkers';
import { parseYamlParts } from './parseYaml';

describe('parseInWorkers', { timeout: 60_000 }, () => {
  it('gives exactly what parsing in the main thread gives, errors and odd numbers included', async () => {
    const jobs = [
      { file: 'a.yaml', text: 'entities:\n  - id: a\n    label: 0123\n    x: .inf\n' },
      { file: 'b.yaml', text: 'a: 1\na: 2\n' },
      { file: 'c.yaml', text: 'list: [1, "two", {three: 3}]\n__proto__: p\n' },
    ];
    const parsed = await parseInWorkers(jobs, 0);
    expect(parsed?.size).toBe(3);
    for (const job of jobs) expect(parsed?.get(job.file)).toEqual(parseYamlParts(job.text));
  });

  it('declines small inputs, which parse faster in the main thread', async () => {
    expect(await parseInWorkers([{ file: 'a.yaml', text: 'a: 1\n' }])).toBeUndefined();
  });
});
