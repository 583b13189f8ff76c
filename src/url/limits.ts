// Hard bounds of the URL format. They keep a hostile or mangled link cheap to decode, and they are
// chosen with the bounds of the view itself (viewState/limits.ts): the longest canonical link
// those allow still fits in MAX_QUERY_LENGTH, so anything the encoder writes decodes in full (a
// test pins this).

/** Version written as `v=`; bump it when an older app would misread a newer link. */
export const URL_FORMAT_VERSION = 1;

/** Characters of the query considered; the rest is ignored from the last whole `&` pair. */
export const MAX_QUERY_LENGTH = 320 * 1024;

/** Problems listed one by one in a decode result; beyond this only the count grows. */
export const MAX_REPORTED_PROBLEMS = 100;
/** Characters of a bad value quoted back in a problem report. */
export const MAX_REPORTED_VALUE_LENGTH = 100;
