// Stories in the compiler: a valid story compiles to plain caption nodes and a canonical view;
// each kind of mistake is one error at its file:line:col, and nothing is written.
import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compileCorpus';
import { formatDiagnostic } from './diagnostics';
import { BASE_ANNOTATIONS, corpusWith } from './__fixtures__/baseCorpus';

const story = (steps: string) => `title: A tour\nsteps:\n${steps}`;

function compileStory(text: string, annotations = BASE_ANNOTATIONS) {
  return compileCorpus(
    corpusWith({ 'stories/tour.yaml': text, 'annotations/a.yaml': annotations }),
  );
}

function errorsOf(text: string): string[] {
  const result = compileStory(text);
  expect(result.graph).toBeUndefined();
  return result.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d));
}

describe('stories', () => {
  it('compiles captions to nodes and views to their canonical query', () => {
    const result = compileStory(
      story(
        '  - title: Met\n' +
          '    caption: |\n' +
          '      [[alice]] *met* **Bob**: [[quote:alice-met-bob#1]].\n' +
          '\n' +
          '      See [the notes](https://example.org/a) and [[meeting-fine]].\n' +
          '    view: { hops: 2, focus: alice, hide: [bob], undated: false }\n' +
          '  - title: Link\n' +
          '    caption: As a link.\n' +
          "    view: '?sel=alice-met-bob&utm=x'\n" +
          '  - title: Default\n' +
          '    caption: No view.\n',
      ).replace("&utm=x'", "'"),
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const stories = result.graph?.attributes.stories;
    expect(stories).toEqual([
      {
        id: 'tour',
        title: 'A tour',
        description: '',
        steps: [
          {
            title: 'Met',
            caption: [
              [
                { type: 'ref', id: 'alice' },
                { type: 'text', text: ' ' },
                { type: 'emphasis', text: 'met' },
                { type: 'text', text: ' ' },
                { type: 'strong', text: 'Bob' },
                { type: 'text', text: ': ' },
                {
                  type: 'quote',
                  item: 'alice-met-bob',
                  n: 1,
                  source: 's1',
                  start: 0,
                  end: 22,
                  exact: 'Alice met Bob in Paris',
                },
                { type: 'text', text: '.' },
              ],
              [
                { type: 'text', text: 'See ' },
                { type: 'link', text: 'the notes', href: 'https://example.org/a' },
                { type: 'text', text: ' and ' },
                { type: 'ref', id: 'meeting-fine' },
                { type: 'text', text: '.' },
              ],
            ],
            view: 'v=1&focus=alice&hops=2&hide=bob&undated=0',
          },
          {
            title: 'Link',
            caption: [[{ type: 'text', text: 'As a link.' }]],
            view: 'v=1&sel=alice-met-bob',
          },
          { title: 'Default', caption: [[{ type: 'text', text: 'No view.' }]], view: '' },
        ],
      },
    ]);
  });

  it('follows former ids in captions and views to the current id', () => {
    const renamed = BASE_ANNOTATIONS.replace(
      '  - id: alice\n    type: person\n    label: Alice\n',
      '  - id: alice\n    type: person\n    label: Alice\n    former_ids: [alice-old]\n',
    );
    const result = compileStory(
      story('  - title: A\n    caption: "[[alice-old]]"\n    view: { focus: alice-old }\n'),
      renamed,
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const step = result.graph?.attributes.stories[0]?.steps[0];
    expect(step?.caption).toEqual([[{ type: 'ref', id: 'alice' }]]);
    expect(step?.view).toBe('v=1&focus=alice');
  });

  it.each([
    [
      'an unknown id in a caption',
      '  - title: A\n    caption: "[[alise]] met"\n',
      'stories/tour.yaml:4:14: unknown id "alise" in [[alise]] (did you mean "alice"?): name an entity, relation or claim of the corpus',
    ],
    [
      'a quote number past the last quote',
      '  - title: A\n    caption: "[[quote:alice-met-bob#2]]"\n',
      'stories/tour.yaml:4:14: [[quote:alice-met-bob#2]]: "alice-met-bob" has 1 quote; number them from 1',
    ],
    [
      'a quote of an entity',
      '  - title: A\n    caption: "[[quote:alice#1]]"\n',
      'stories/tour.yaml:4:14: [[quote:alice#1]]: "alice" is an entity; quotes belong to relations and claims',
    ],
    [
      'a malformed reference',
      '  - title: A\n    caption: "[[Alice Smith]]"\n',
      'stories/tour.yaml:4:14: "[[Alice Smith]]" is not a reference: write [[id]] for an entity, relation or claim, or [[quote:id#n]] for the n-th quote of a relation or claim (n from 1)',
    ],
    [
      'an unsafe link',
      '  - title: A\n    caption: "[click](javascript:alert(1))"\n',
      'stories/tour.yaml:4:14: unsafe link "javascript:alert(1": a caption links only to http:// or https:// addresses',
    ],
    [
      'an invalid view value',
      '  - title: A\n    caption: x\n    view:\n      hops: many\n',
      'stories/tour.yaml:6:13: view hops: "many" is not a valid value; see docs/url-format.md for what each key takes',
    ],
    [
      'an unknown id in a view',
      '  - title: A\n    caption: x\n    view: { focus: carol }\n',
      'stories/tour.yaml:5:20: view focus: "carol" names nothing in the corpus; see docs/url-format.md for what each key takes',
    ],
    [
      'an unknown view key',
      '  - title: A\n    caption: x\n    view: { zoom: 2 }\n',
      'stories/tour.yaml:5:19: unknown view key "zoom"; a view takes the keys of docs/url-format.md (sel, focus, hops, exp, hide, pin, pa, pb, from, to, undated, src, min, xt, xp, read, at, lay, vp)',
    ],
    ['no steps', '  []\n', 'stories/tour.yaml:3:3: steps needs at least 1 item'],
    [
      'an empty caption',
      '  - title: A\n    caption: ""\n',
      'stories/tour.yaml:4:14: caption in steps[0] is empty: write a value',
    ],
  ])('reports %s', (_name, steps, expected) => {
    expect(errorsOf(story(steps))).toEqual([expected]);
  });

  it('says nothing of unknown ids while an annotation file cannot be read', () => {
    const result = compileCorpus(
      corpusWith({
        'stories/tour.yaml': story(
          '  - title: A\n    caption: "[[alice]]"\n    view: { focus: bob }\n',
        ),
        'annotations/a.yaml': `${BASE_ANNOTATIONS}\t- broken\n`,
      }),
    );
    expect(result.graph).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.file === 'stories/tour.yaml')).toEqual([]);
  });

  it('refuses a file name that is not an id', () => {
    const result = compileCorpus(
      corpusWith({ 'stories/My Tour.yaml': story('  - title: A\n    caption: x\n') }),
    );
    expect(result.graph).toBeUndefined();
    expect(result.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringContaining('file name "My Tour" is not a valid story id'),
    );
  });
});
