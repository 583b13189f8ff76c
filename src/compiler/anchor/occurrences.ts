// Every position of a quote in a source text. One indexOf scan per quote is fine for an article,
// but a dominant source of megabytes quoted tens of thousands of times makes the compile
// quadratic; such a text gets a hashed index of its k-character windows, built once.

/** Window length: quotes shorter than this are scanned for. */
const K = 16;
const HASH_BASE = 0x01000193;

export interface OccurrenceOptions {
  /** Texts shorter than this are always scanned. */
  minIndexedLength?: number;
  /** Scans of one text before it is indexed. */
  scansBeforeIndex?: number;
}

export type FindOccurrences = (needle: string) => number[];

export function createOccurrenceFinder(
  text: string,
  { minIndexedLength = 1 << 16, scansBeforeIndex = 8 }: OccurrenceOptions = {},
): FindOccurrences {
  let scans = 0;
  let index: WindowIndex | null = null;
  return (needle) => {
    if (needle.length < K || text.length < minIndexedLength) return scan(text, needle);
    if (!index && ++scans > scansBeforeIndex) index = indexWindows(text);
    return index ? index.find(needle) : scan(text, needle);
  };
}

/** Positions in ascending order, overlapping ones included. */
function scan(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

interface WindowIndex {
  find(needle: string): number[];
}

function hashWindow(text: string, from: number): number {
  let hash = 0;
  for (let i = from; i < from + K; i++)
    hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(i)) >>> 0;
  return hash;
}

function indexWindows(text: string): WindowIndex {
  const windows = text.length - K + 1;
  // Rolling hash: drop the leaving character's weight, shift, add the arriving one.
  let leavingWeight = 1;
  for (let i = 1; i < K; i++) leavingWeight = Math.imul(leavingWeight, HASH_BASE) >>> 0;
  const hashes = new Uint32Array(windows);
  let hash = hashWindow(text, 0);
  hashes[0] = hash;
  for (let at = 1; at < windows; at++) {
    hash = (hash - Math.imul(text.charCodeAt(at - 1), leavingWeight)) >>> 0;
    hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(at + K - 1)) >>> 0;
    hashes[at] = hash;
  }
  let buckets = 1;
  while (buckets < windows) buckets <<= 1;
  const mask = buckets - 1;
  // Bucket → positions, as compressed rows; filled in text order, so each row is ascending.
  const start = new Uint32Array(buckets + 1);
  for (let at = 0; at < windows; at++) start[((hashes[at] ?? 0) & mask) + 1]! += 1;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b] ?? 0;
  const next = start.slice(0, buckets);
  const positions = new Uint32Array(windows);
  for (let at = 0; at < windows; at++) positions[next[(hashes[at] ?? 0) & mask]!++] = at;
  const bucketOf = (hash: number) => hash & mask;
  const sizeOf = (bucket: number) => (start[bucket + 1] ?? 0) - (start[bucket] ?? 0);
  return {
    find(needle) {
      // Look the quote up by its rarest window: templated or formulaic text repeats its opening
      // words thousands of times, but rarely the whole of it.
      let bestOffset = 0;
      let bestHash = hashWindow(needle, 0);
      let hash = bestHash;
      for (let offset = 1; offset + K <= needle.length; offset++) {
        hash = (hash - Math.imul(needle.charCodeAt(offset - 1), leavingWeight)) >>> 0;
        hash = (Math.imul(hash, HASH_BASE) + needle.charCodeAt(offset + K - 1)) >>> 0;
        if (sizeOf(bucketOf(hash)) < sizeOf(bucketOf(bestHash))) {
          bestHash = hash;
          bestOffset = offset;
        }
      }
      const bucket = bucketOf(bestHash);
      const found: number[] = [];
      for (let i = start[bucket] ?? 0, end = start[bucket + 1] ?? 0; i < end; i++) {
        const window = positions[i] ?? 0;
        const at = window - bestOffset;
        if (hashes[window] === bestHash && at >= 0 && text.startsWith(needle, at)) found.push(at);
      }
      return found;
    },
  };
}
