// Where a change of view comes from. Every store action says it (a sensible default, or the
// caller's word, e.g. `select(id, { origin: 'canvas' })`), and what follows a change reads it
// rather than guessing: the URL layer records history by it (url/historyModes.ts), and the canvas
// decides whether to centre a new selection.

export type ChangeOrigin =
  /** A deliberate move through a panel, a button, a list or a key. */
  | 'control'
  /** A pick or a double-click on the canvas: what was picked is already in sight. */
  | 'canvas'
  /** A gesture or an edit still under way: a pan, a zoom, the date brush, a date being typed. */
  | 'continuous'
  /** The view the page was opened with, read from its address. */
  | 'link'
  /** A step back or forward through the browser's history. */
  | 'history';

export interface ChangeOptions {
  origin?: ChangeOrigin;
}

/** The last change of view: where it came from, and a count so two alike can be told apart. */
export interface ViewChange {
  origin: ChangeOrigin;
  seq: number;
}
