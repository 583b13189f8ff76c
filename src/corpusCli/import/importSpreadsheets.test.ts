import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileCorpusDir } from '../../compiler/compileCorpusDir';
import { newCorpus } from '../scaffold/newCorpus';
import { testIo, type TestIo } from '../testIo';
import { importSpreadsheets } from './importSpreadsheets';

let io: TestIo;
let corpus: string;
beforeEach(async () => {
  io = testIo();
  await newCorpus({ dir: 'c' }, { ...io, out: () => undefined });
  corpus = join(io.cwd, 'c');
});
afterEach(() => io.remove());

function csv(name: string, rows: string[]): string {
  writeFileSync(join(io.cwd, name), `${rows.join('\n')}\n`);
  return name;
}

const annotationFiles = () => readdirSync(join(corpus, 'annotations')).sort();
const SCAFFOLDED = ['claims.yaml', 'entities.yaml', 'relations.yaml'];

describe('npm run corpus -- import', () => {
  it('writes one annotation file per spreadsheet, ids made from labels, labels resolved to ids', async () => {
    const entities = csv('people.csv', [
      'id,type,label,aliases,description',
      ',person,Lea Morn,Morn; L. Morn,Chief engineer of Aquafirm',
      'plant-site,place,the plant site,,',
    ]);
    const relations = csv('links.csv', [
      'id,subject,predicate,object,status,according_to,credibility,source,quote,prefix,quote_according_to,origin',
      'reyes-speaks-for-council,Dana Reyes,member_of,Riverton city council,attributed,Dana Reyes,2,example-article,council spokesperson Dana Reyes,,,self',
      'reyes-speaks-for-council,,,,,,,example-article,Reyes told reporters,,Riverton city council,',
      ',Lea Morn,employed_by,aquafirm,,,,example-article,Aquafirm,by ,,',
    ]);
    expect(await importSpreadsheets({ dir: 'c', entities, relations }, io)).toBe(0);
    expect(annotationFiles()).toEqual([...SCAFFOLDED, 'links.yaml', 'people.yaml'].sort());
    const people = readFileSync(join(corpus, 'annotations/people.yaml'), 'utf8');
    expect(people.split('\n').slice(1).join('\n'))
      .toBe(`# Imported from people.csv by npm run corpus -- import. Edit it as any annotation file: the
# spreadsheet is not read again.
entities:
  - id: lea-morn
    type: person
    label: Lea Morn
    aliases:
      - Morn
      - L. Morn
    description: Chief engineer of Aquafirm
  - id: plant-site
    type: place
    label: the plant site
`);
    const links = readFileSync(join(corpus, 'annotations/links.yaml'), 'utf8');
    expect(links.split('\n').slice(3).join('\n')).toBe(`relations:
  - id: reyes-speaks-for-council
    subject: dana-reyes
    predicate: member_of
    object: riverton-city-council
    status: attributed
    according_to: dana-reyes
    credibility: 2
    evidence:
      - source: example-article
        exact: council spokesperson Dana Reyes
        origin: self
      - source: example-article
        exact: Reyes told reporters
        according_to: riverton-city-council
  - id: lea-morn-employed-by-aquafirm
    subject: lea-morn
    predicate: employed_by
    object: aquafirm
    evidence:
      - source: example-article
        exact: Aquafirm
        prefix: by
`);
    const compiled = await compileCorpusDir(corpus);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(io.stdout()).toContain(
      'Imported into c/:\n' +
        '  annotations/people.yaml  2 entities from people.csv\n' +
        '  annotations/links.yaml   2 relations (3 quotes) from links.csv\n' +
        'The corpus compiles: corpus c ("c"): 8 entities, 4 relations, 1 claim, 1 source',
    );
    expect(io.stdout()).toContain('Next:');
  });

  it('tells every problem as the file, row and column of its cell, and writes nothing', async () => {
    const relations = csv('links.csv', [
      'id,subject,predicate,object,status,source,quote',
      'a,dana-reyes,member_of,riverton-city-council,reportd,example-article,Dana Reyes',
      'b,dana-reyes,speaks_for,riverton-city-council,,example-article,Reyes sayd',
      'b,aquafirm,,,,exampel-article,Reyes',
      'c,,based_in,riverton,,example-article,based in Riverton',
      'd,aquafirm,based_in,riverton,,example-article,',
    ]);
    expect(await importSpreadsheets({ dir: 'c', relations }, io)).toBe(1);
    const lines = io.stderr().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'links.csv row 4, column B (subject): "aquafirm" differs from row 3 ("dana-reyes"): rows ' +
          'with the same id are one relation, whose subject is given once, in its first row; ' +
          'leave it empty here or give this row another id',
        'links.csv row 5, column B (subject): empty: write an entity id, or the label of an entity',
        'links.csv row 6, column G (quote): the row names a source but no quote: copy the exact ' +
          'words from the source text',
        'links.csv row 2, column E (status): "reportd" is not allowed for status (did you mean ' +
          '"reported"?); use one of: reported, attributed, opinion, document, inference',
        'links.csv row 3, column C (predicate): unknown predicate "speaks_for"; use one of the ' +
          'vocabulary in src/schema/vocabulary.ts or add it under predicates: in corpus.yaml',
        'links.csv row 3, column G (quote): quote not found in sources/example-article.txt; did ' +
          'you mean (line 4): "Reyes said"? Copy the quote from the text as it is, typos included',
        'links.csv row 4, column F (source): unknown source "exampel-article" (did you mean ' +
          '"example-article"?); a source id is the name of a file sources/<id>.yaml',
      ]),
    );
    expect(lines).toContain(
      '7 problems: nothing was imported. Fix the spreadsheets (rows and columns as a',
    );
    expect(annotationFiles()).toEqual(SCAFFOLDED);
    expect(io.stdout()).toBe('');
  });

  it('tells where a clash with the corpus is, in the spreadsheet', async () => {
    const relations = csv('r.csv', [
      'id,subject,predicate,object,source,quote',
      'council-approved-water-plant,aquafirm,based_in,riverton,example-article,based in Riverton',
    ]);
    expect(await importSpreadsheets({ dir: 'c', relations }, io)).toBe(1);
    // The corpus's own file holds the second of the two ids; the message points at the cell.
    expect(io.stderr()).toContain(
      'annotations/relations.yaml:7:9: duplicate id "council-approved-water-plant": already the ' +
        'id of the relation at r.csv row 2, column A (id)',
    );
    expect(annotationFiles()).toEqual(SCAFFOLDED);
  });

  it('refuses to overwrite an annotation file, and writes nothing', async () => {
    const entities = csv('entities.csv', ['type,label', 'person,Lea Morn']);
    const before = readFileSync(join(corpus, 'annotations/entities.yaml'));
    expect(await importSpreadsheets({ dir: 'c', entities }, io)).toBe(1);
    expect(io.stderr()).toBe(
      'refusing to overwrite c/annotations/entities.yaml: rename the CSV file to import it under ' +
        'another name; nothing was written\n',
    );
    expect(readFileSync(join(corpus, 'annotations/entities.yaml')).equals(before)).toBe(true);
  });

  it('refuses a corpus that has errors of its own, and an import of nothing', async () => {
    writeFileSync(
      join(corpus, 'annotations/broken.yaml'),
      'entities:\n  - { id: x, type: persn, label: X }\n',
    );
    const entities = csv('people.csv', ['type,label', 'person,Lea Morn']);
    expect(await importSpreadsheets({ dir: 'c', entities }, io)).toBe(1);
    expect(io.stderr()).toContain(
      'corpus c: 1 error\nannotations/broken.yaml:2:20: unknown entity type "persn"',
    );
    expect(io.stderr()).toContain(
      'The corpus has errors of its own: fix them first; nothing was imported.',
    );
    expect(existsSync(join(corpus, 'annotations/people.yaml'))).toBe(false);
    expect(await importSpreadsheets({ dir: 'c' }, io)).toBe(1);
    expect(io.stderr()).toContain(
      'nothing to import: give --entities FILE.csv, --relations FILE.csv or both',
    );
  });
});
