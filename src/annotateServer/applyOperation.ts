// One operation of the annotation UI → the annotation file's new text.
import type { AnnotationFields, AnnotationOperation, Passage } from '../schema/annotationProtocol';
import { selectQuote, type TextQuote } from './quoteSelector';
import { appendItem, appendToList, deleteItem, readItem, setFields } from './yamlEdits';

export type ReadSource = (source: string) => Promise<string>;

export async function applyOperation(
  text: string,
  operation: AnnotationOperation,
  readSource: ReadSource,
): Promise<string> {
  switch (operation.type) {
    case 'add': {
      const item: Record<string, unknown> = withoutEmpty(operation.fields);
      if (operation.passage) {
        const quote = await quoteOf(operation.passage, readSource);
        item[operation.section === 'entities' ? 'mentions' : 'evidence'] = [quote];
      }
      return appendItem(text, operation.section, item);
    }
    case 'update':
      return setFields(text, operation.id, operation.fields);
    case 'delete':
      return deleteItem(text, operation.id);
    case 'add-passage': {
      const section = readItem(text, operation.id)?.section;
      const quote = await quoteOf(operation.passage, readSource);
      return appendToList(
        text,
        operation.id,
        section === 'entities' ? 'mentions' : 'evidence',
        quote,
      );
    }
  }
}

async function quoteOf(
  passage: Passage,
  readSource: ReadSource,
): Promise<{ source: string } & TextQuote> {
  const text = await readSource(passage.source);
  return {
    source: passage.source,
    ...selectQuote(text, passage.start, passage.end, `sources/${passage.source}.txt`),
  };
}

/** A new item carries only the fields given a value, in the order the form lists them. */
function withoutEmpty(fields: AnnotationFields): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    item[key] =
      Array.isArray(value) && value.length === 1 && key === 'according_to' ? value[0] : value;
  }
  return item;
}
