// Just the part of edtf.js (untyped) the compiler uses.
declare module 'edtf' {
  export interface EdtfParseResult {
    type: string;
    level: number;
    values: (number | EdtfParseResult | null)[];
    unspecified?: number;
  }
  export interface EdtfConstraints {
    level?: 0 | 1 | 2 | 3;
    types?: string[];
  }
  export interface EdtfValue {
    type: string;
    /** Milliseconds since the epoch, UTC; ±Infinity or null for open or unknown interval ends. */
    min: number | null;
    max: number | null;
  }
  export function parse(input: string, constraints?: EdtfConstraints): EdtfParseResult;
  export default function edtf(input: string, constraints?: EdtfConstraints): EdtfValue;
}
