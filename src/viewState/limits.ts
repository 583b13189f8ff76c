// Bounds of the canonical form of a view: how many ids a list keeps, how long an id may be, how
// far numbers reach. They keep any view, from a link or a story, cheap to hold and to draw, and
// they are chosen with the URL's own bounds (url/limits.ts): the longest canonical link they allow
// still fits in MAX_QUERY_LENGTH, so anything the encoder writes decodes in full (a test pins this).

/** Ids kept per list (`expanded`, `hidden`, `pinned`, `sources`, hidden types and predicates). */
export const MAX_LIST_ITEMS = 500;

/** Longest id, counted in characters of its percent-encoded form (a slug counts its length). */
export const MAX_ID_LENGTH = 80;

/** Pages of neighbours one expanded entity may show. */
export const MAX_PAGES = 99;

export const MIN_SOURCES_LIMIT = 1;
export const MAX_SOURCES_LIMIT = 99;

/** Rounds of one re-layout: each is a click of Re-layout, and past a few nothing moves much. */
export const MAX_LAYOUT_ROUNDS = 20;

/** Reader offsets beyond this are not text positions but garbage. */
export const MAX_OFFSET = 1_000_000_000;

export const MIN_ZOOM = 0.01;
export const MAX_ZOOM = 100;
export const MAX_PAN = 1_000_000;
/** Decimals kept in a viewport, so a viewport has one spelling. */
export const ZOOM_DECIMALS = 3;
export const PAN_DECIMALS = 0;
