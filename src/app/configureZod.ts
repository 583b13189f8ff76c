// Imported first by boot.tsx, before any module builds a zod schema. Object schemas probe for eval
// with `new Function` when they are constructed; the strict CSP blocks it and the browser reports a
// violation even though zod catches the error. Jitless skips the probe (no cost: eval is blocked).
import { z } from 'zod';

z.config({ jitless: true });
