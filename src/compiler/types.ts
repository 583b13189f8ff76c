// Shapes shared by every compiler stage. Paths are relative to the corpus folder and use '/'.

/** The corpus as files in memory: relative path → content, so the core needs no disk. */
export type CorpusFiles = Record<string, string | Uint8Array>;

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Path relative to the corpus folder ('/' separated). */
  file: string;
  /** 1-based line and column (UTF-16 code units, as the yaml package counts). */
  line: number;
  col: number;
  message: string;
}

/** A step into parsed YAML/JSON: a mapping key or a sequence index. */
export type PathSegment = string | number;

/** Where a value sits: a file and the path to it. `key` points at the mapping key, not its value. */
export interface Location {
  file: string;
  path: readonly PathSegment[];
  key?: boolean;
}
