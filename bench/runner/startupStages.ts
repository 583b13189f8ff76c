// The app's start-up, step by step, from the marks it sets (src/app/corpusRequest.ts, boot.tsx,
// src/render/GraphCanvas.tsx). The graph's download and the app's code load in parallel; parsing
// waits for both. The first render is a frame drawn without cytoscape, whose code and set-up come
// after it. Pure, so the arithmetic is tested without a browser.

/** Mark name → its time (ms since navigation start); the first of each name. */
export type Marks = Readonly<Record<string, number>>;

interface Stage {
  name: string;
  /** Starts at the latest of these marks; navigation start when empty. */
  from: readonly string[];
  to: string;
}

export const STARTUP_STAGES: readonly Stage[] = [
  { name: "app's code: fetch, compile, evaluate", from: [], to: 'explorer:app-loaded' },
  { name: 'download starts', from: [], to: 'explorer:download-start' },
  { name: 'download', from: ['explorer:download-start'], to: 'explorer:downloaded' },
  {
    name: 'parse and validate (once both have arrived)',
    from: ['explorer:downloaded', 'explorer:app-loaded'],
    to: 'explorer:parsed',
  },
  { name: 'tables', from: ['explorer:parsed'], to: 'explorer:model' },
  { name: 'React: the panels, to the canvas', from: ['explorer:model'], to: 'explorer:canvas' },
  {
    name: 'first frame, drawn without cytoscape',
    from: ['explorer:canvas'],
    to: 'explorer:first-render',
  },
  {
    name: 'cytoscape: its code, create, apply the scene, fit',
    from: ['explorer:first-render'],
    to: 'explorer:scene-applied',
  },
  {
    name: 'cytoscape: its first frame, which replaces the first one',
    from: ['explorer:scene-applied'],
    to: 'explorer:cytoscape-drawn',
  },
];

export const STARTUP_MARKS: readonly string[] = [
  ...new Set(STARTUP_STAGES.flatMap((stage) => [...stage.from, stage.to])),
];

/** Milliseconds per stage whose marks are all present, in STARTUP_STAGES order. */
export function startupStages(marks: Marks): Record<string, number> {
  const stages: Record<string, number> = {};
  for (const stage of STARTUP_STAGES) {
    const end = marks[stage.to];
    const starts = stage.from.map((name) => marks[name]);
    if (end === undefined || starts.some((start) => start === undefined)) continue;
    const start = Math.max(0, ...(starts as number[]));
    stages[stage.name] = Math.max(0, end - start);
  }
  return stages;
}
