// How far a compile has got, for a caller that wants to show it (the CLI on a terminal). The
// compiler only calls back; rendering is terminalProgress.ts's business.

/** The stages that take long on a large corpus, in the order they run. */
export const COMPILE_STAGES = ['parse', 'anchor', 'layout', 'write'] as const;
export type CompileStage = (typeof COMPILE_STAGES)[number];

export interface CompileProgress {
  stage: CompileStage;
  /** Units done of `total`: files parsed, quotes anchored, layout iterations, files written. */
  done: number;
  total: number;
}

export type OnCompileProgress = (progress: CompileProgress) => void;
