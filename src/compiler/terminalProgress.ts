// The compiler's progress on a terminal: one line, rewritten in place, at most every
// `intervalMs` and whenever a stage starts or ends, cleared when the compile is done so the
// summary prints on a clean line. Silent when the stream is not a terminal or in CI, where a line
// rewritten with carriage returns would only clutter a log.
import { COMPILE_STAGES, type CompileProgress, type OnCompileProgress } from './progress';

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressReporter {
  onProgress: OnCompileProgress;
  /** Clears the line; nothing is written after it. */
  finish(): void;
}

const UNITS: Record<CompileProgress['stage'], { verb: string; unit: string }> = {
  parse: { verb: 'parsing', unit: 'files' },
  anchor: { verb: 'anchoring', unit: 'quotes' },
  layout: { verb: 'laying out', unit: 'iterations' },
  write: { verb: 'writing', unit: 'files' },
};

const CLEAR_LINE = '\r\u001b[K';

/** True when CI is set to anything but an explicit no ("", "0", "false"). */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/** `anchoring quotes 45,000 / 150,000 (30%), 12.3 s` with the stage's place among the stages. */
export function describeProgress(progress: CompileProgress, elapsedMs: number): string {
  const { verb, unit } = UNITS[progress.stage];
  const step = `[${COMPILE_STAGES.indexOf(progress.stage) + 1}/${COMPILE_STAGES.length}]`;
  const count = (n: number) => n.toLocaleString('en-US');
  const percent =
    progress.total > 0 ? ` (${Math.floor((100 * progress.done) / progress.total)}%)` : '';
  return (
    `${step} ${verb} ${unit} ${count(progress.done)} / ${count(progress.total)}${percent}, ` +
    `${(elapsedMs / 1000).toFixed(1)} s`
  );
}

export function createProgressReporter(
  stream: ProgressStream,
  env: Readonly<Record<string, string | undefined>>,
  { now = () => Date.now(), intervalMs = 100 }: { now?: () => number; intervalMs?: number } = {},
): ProgressReporter {
  if (stream.isTTY !== true || isCi(env)) return { onProgress: () => {}, finish: () => {} };
  const started = now();
  let lastWrite = -Infinity;
  let last: CompileProgress | null = null;
  let shown = false;
  return {
    onProgress: (progress) => {
      const t = now();
      if (last?.stage === progress.stage && last.done === progress.done) return;
      const boundary = progress.stage !== last?.stage || progress.done >= progress.total;
      if (!boundary && t - lastWrite < intervalMs) return;
      lastWrite = t;
      last = progress;
      shown = true;
      stream.write(`${CLEAR_LINE}${describeProgress(progress, t - started)}`);
    },
    finish: () => {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
      last = null;
    },
  };
}
