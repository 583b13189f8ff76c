// Hard bounds of the URL format. They keep a hostile or mangled link cheap to decode, and they are
// chosen together: the longest canonical link the bounds allow still fits in MAX_QUERY_LENGTH, so
// anything the encoder writes decodes in full (a test pins this).

/** Version written as `v=`; bump it when an older app would misread a newer link. */
export const URL_FORMAT_VERSION = 1;

/** Characters of the query considered; the rest is ignored from the last whole `&` pair. */
export const MAX_QUERY_LENGTH = 256 * 1024;

/** Ids kept per list key (`exp`, `hide`, `pin`, `src`, `xt`, `xp`). */
export const MAX_LIST_ITEMS = 500;

/** Longest id, counted in characters of its percent-encoded form (a slug counts its length). */
export const MAX_ID_LENGTH = 80;

/** Pages of neighbours one expanded entity may show. */
export const MAX_PAGES = 99;

export const MIN_SOURCES_LIMIT = 1;
export const MAX_SOURCES_LIMIT = 99;

/** Reader offsets beyond this are not text positions but garbage. */
export const MAX_OFFSET = 1_000_000_000;

export const MIN_ZOOM = 0.01;
export const MAX_ZOOM = 100;
export const MAX_PAN = 1_000_000;
/** Decimals kept in `vp`, so a viewport has one spelling. */
export const ZOOM_DECIMALS = 3;
export const PAN_DECIMALS = 0;

/** Problems listed one by one in a decode result; beyond this only the count grows. */
export const MAX_REPORTED_PROBLEMS = 100;
/** Characters of a bad value quoted back in a problem report. */
export const MAX_REPORTED_VALUE_LENGTH = 100;
