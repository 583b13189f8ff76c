// Collects diagnostics from every stage (never fail-fast) and turns value locations into
// line:col through whatever parsed the file.
import type { Diagnostic, Location, PathSegment, Severity } from './types';

export interface Position {
  line: number;
  col: number;
}

/** Resolves a path inside a parsed file to a position; files without structure answer 1:1. */
export type Locator = (path: readonly PathSegment[], key: boolean) => Position;

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  private readonly locators = new Map<string, Locator>();

  registerFile(file: string, locator: Locator): void {
    this.locators.set(file, locator);
  }

  locate(at: Location): Position {
    const locator = this.locators.get(at.file);
    return locator ? locator(at.path, at.key ?? false) : { line: 1, col: 1 };
  }

  error(at: Location, message: string): void {
    this.add('error', at, message);
  }

  warning(at: Location, message: string): void {
    this.add('warning', at, message);
  }

  /** For positions already known, e.g. from the YAML parser. */
  addAt(severity: Severity, file: string, pos: Position, message: string): void {
    this.diagnostics.push({ severity, file, line: pos.line, col: pos.col, message });
  }

  get errorCount(): number {
    return this.diagnostics.filter((d) => d.severity === 'error').length;
  }

  private add(severity: Severity, at: Location, message: string): void {
    this.addAt(severity, at.file, this.locate(at), message);
  }
}

/** Stable order for humans and tests: by file, then position, errors before warnings. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      compareStrings(a.severity, b.severity) ||
      compareStrings(a.message, b.message),
  );
}

/** `file:line:col: message`, or `file:line:col: warning: message`; `prefix` joins the corpus folder. */
export function formatDiagnostic(d: Diagnostic, prefix = ''): string {
  const kind = d.severity === 'warning' ? 'warning: ' : '';
  return `${prefix}${d.file}:${d.line}:${d.col}: ${kind}${d.message}`;
}

/** Code-unit order, independent of the machine's locale, so output is byte-identical everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
