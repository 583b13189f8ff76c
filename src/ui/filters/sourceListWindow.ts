// Which sources the source filter lists. A handful are all listed; hundreds get a search field
// and a bounded list.

/** Up to this many sources are listed without a search field. */
export const SOURCES_LISTED_IN_FULL = 20;
/** Most sources listed at once when there is a search field. */
export const SOURCES_LISTED_MAX = 50;

export interface ListedSource {
  id: string;
  title: string;
  publisher?: string | null | undefined;
}

export interface SourceListWindow {
  ids: string[];
  /** Sources that match the query but are not listed. */
  notListed: number;
  /** Whether the list is long enough to need a search field. */
  searchable: boolean;
}

/** In corpus order, so a checkbox never moves under the pointer or the keyboard focus. */
export function sourceListWindow(
  sources: readonly ListedSource[],
  query: string,
): SourceListWindow {
  if (sources.length <= SOURCES_LISTED_IN_FULL) {
    return { ids: sources.map((s) => s.id), notListed: 0, searchable: false };
  }
  const needle = query.trim().toLocaleLowerCase();
  const matches = sources.filter(
    (source) =>
      needle === '' ||
      source.title.toLocaleLowerCase().includes(needle) ||
      (source.publisher ?? '').toLocaleLowerCase().includes(needle) ||
      source.id.toLocaleLowerCase().includes(needle),
  );
  const ids = matches.slice(0, SOURCES_LISTED_MAX).map((s) => s.id);
  return { ids, notListed: matches.length - ids.length, searchable: true };
}
