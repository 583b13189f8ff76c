// What the loading screen says while the graph arrives: its download, then the reading of a large
// file (parse, validation, tables), which blocks the page and so gets its own step, shown before it
// starts. Pure, so the bar's value and words are tested without a browser.

export type LoadingStep =
  { type: 'download'; received: number; total: number | null } | { type: 'read'; bytes: number };

/** The bar's share for the download; reading the file takes the rest (at L, 0.8 s and 0.5 s). */
export const DOWNLOAD_SHARE = 0.6;

/**
 * From this size the reading step is shown (a frame is given to draw it before the page blocks);
 * a smaller graph is read in well under a tenth of a second and goes straight on.
 */
export const SHOW_READING_FROM_CHARS = 2 * 2 ** 20;

export interface LoadingDescription {
  /** 0–1, or null when it cannot be known (a download of unknown length). */
  value: number | null;
  text: string;
}

const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export function describeLoading(step: LoadingStep): LoadingDescription {
  if (step.type === 'read') {
    return { value: DOWNLOAD_SHARE, text: `Reading the graph (${megabytes(step.bytes)})` };
  }
  if (step.total === null || step.total <= 0) {
    return {
      value: null,
      text:
        step.received > 0
          ? `Downloading the graph: ${megabytes(step.received)}`
          : 'Downloading the graph',
    };
  }
  const fraction = Math.min(1, step.received / step.total);
  return {
    value: DOWNLOAD_SHARE * fraction,
    text: `Downloading the graph: ${megabytes(step.received)} of ${megabytes(step.total)}`,
  };
}
