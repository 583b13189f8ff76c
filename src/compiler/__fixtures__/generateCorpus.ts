// A deterministic synthetic corpus of any size, for the opt-in performance test.
import { seededRandom } from '../../layout/layoutGraph';
import type { CorpusFiles } from '../types';

export interface CorpusSize {
  entities: number;
  relations: number;
  sources?: number;
  files?: number;
}

const PREDICATES = ['owns', 'part_of', 'employed_by', 'accessed', 'discussed', 'related_to'];

export function generateCorpus({ entities, relations, sources = 500, files = 50 }: CorpusSize): CorpusFiles {
  const random = seededRandom(42);
  const texts: string[][] = Array.from({ length: sources }, () => []);
  const relationYaml: string[][] = Array.from({ length: files }, () => []);
  for (let i = 0; i < relations; i += 1) {
    // Skewed objects, so some entities are hubs as in real corpora.
    const a = Math.floor(random() * entities);
    const b = Math.floor(random() ** 1.5 * entities);
    const s = i % sources;
    const quote = `Ent${a} and Ent${b} were linked in case ${i}.`;
    texts[s]?.push(`Report ${i}: ${quote}`);
    relationYaml[i % files]?.push(
      `  - id: r${i}\n    subject: e${a}\n    predicate: ${PREDICATES[i % PREDICATES.length]}\n` +
        `    object: e${b}\n    date: 20${10 + (i % 12)}-0${1 + (i % 9)}\n` +
        `    evidence:\n      - source: s${s}\n        exact: ${quote}\n`,
    );
  }
  const corpus: CorpusFiles = { 'corpus.yaml': 'title: Synthetic\n' };
  texts.forEach((lines, s) => {
    corpus[`sources/s${s}.yaml`] = `title: Source ${s}\npublished: 2021\n`;
    corpus[`sources/s${s}.txt`] = `${lines.join('\n')}\n`;
  });
  relationYaml.forEach((lines, f) => {
    const entityYaml: string[] = [];
    for (let i = f; i < entities; i += files) {
      entityYaml.push(`  - id: e${i}\n    type: organization\n    label: Ent${i}\n    aliases: [Entity ${i}]\n`);
    }
    corpus[`annotations/f${f}.yaml`] = `entities:\n${entityYaml.join('')}relations:\n${lines.join('')}`;
  });
  return corpus;
}
