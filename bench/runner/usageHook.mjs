// Preloaded (NODE_OPTIONS=--import) into the compiler's Node processes by bench/runner/prepare.ts:
// each records its CPU time and peak memory at exit, so a compile is reported in CPU seconds
// as well as wall clock, which other work on the machine inflates.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.BENCH_USAGE_DIR;
if (dir) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const record = { user: usage.userCPUTime, system: usage.systemCPUTime, maxRSS: usage.maxRSS };
    writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(record));
  });
}
