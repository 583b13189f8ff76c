// The contract between the annotation UI (src/ui/annotate, development only) and the dev server's
// write endpoints (src/annotateServer). Types only: nothing here reaches the production bundle.

/** Where the endpoints live, under the dev server's root. */
export const ANNOTATE_PATH = '/__annotate';
/** The header that carries the page's per-session token; the meta tag that hands it to the page. */
export const ANNOTATE_TOKEN_HEADER = 'x-annotate-token';
export const ANNOTATE_TOKEN_META = 'annotate-token';

/** A passage selected in the reader: offsets (UTF-16, end exclusive) in the source's stored text. */
export interface Passage {
  source: string;
  start: number;
  end: number;
}

export type AnnotationSection = 'entities' | 'relations' | 'claims';

/** Field values as YAML writes them; `null` removes the field. */
export type AnnotationFields = Record<string, string | string[] | null>;

export type AnnotationOperation =
  | {
      type: 'add';
      section: AnnotationSection;
      fields: AnnotationFields;
      /** Written as the item's first evidence quote (relations, claims) or mention (entities). */
      passage?: Passage;
    }
  | { type: 'update'; id: string; fields: AnnotationFields }
  | { type: 'delete'; id: string }
  /** A quote added to a relation's or claim's evidence, or to an entity's mentions. */
  | { type: 'add-passage'; id: string; passage: Passage };

export interface SaveRequest {
  /** Relative to the corpus folder, under annotations/. */
  file: string;
  /** The version the page read (see FileVersion): a save over any other version is refused. */
  version: string;
  operation: AnnotationOperation;
}

/** A file as the page last read it; `version` is a hash of its bytes, or ABSENT_VERSION. */
export interface FileVersion {
  file: string;
  version: string;
}

export const ABSENT_VERSION = 'absent';

/** An existing annotation, found by id. */
export interface FoundAnnotation extends FileVersion {
  section: AnnotationSection;
  fields: Record<string, unknown>;
}

export interface SaveResponse extends FileVersion {
  /** Saves that "Undo last save" can still take back. */
  undoable: number;
}

export interface UndoResponse extends FileVersion {
  undoable: number;
}

/**
 * Every refusal: `kind` says why, `message` says what to do. Refusals the page's flows meet
 * (invalid, conflict, nothing-to-undo, not-found) come with status 200 as `{ refused: … }`;
 * requests no page of this server makes (no token, another host, not JSON) get a 4xx status.
 */
export interface AnnotateErrorBody {
  kind: 'invalid' | 'conflict' | 'forbidden' | 'bad-request' | 'not-found' | 'nothing-to-undo';
  message: string;
  /** For `invalid`: the compiler's messages, as `file:line:col: message`. */
  errors?: string[];
}
