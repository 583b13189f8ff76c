// The machine a run happened on, for the report: numbers mean little without it.
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';

export interface Environment {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
  /** The WebGL renderer Chromium reports (software SwiftShader on a machine without a GPU). */
  webgl?: string;
  /** 1-minute load average when the run started and ended: other work on the machine skews timings. */
  loadStart: number;
  loadEnd: number | null;
  viewport: { width: number; height: number };
}

export function describeEnvironment(chromium: string): Environment {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
    loadStart: Number((loadavg()[0] ?? 0).toFixed(2)),
    loadEnd: null,
    viewport: { width: 1280, height: 800 },
  };
}

export function currentLoad(): number {
  return Number((loadavg()[0] ?? 0).toFixed(2));
}
