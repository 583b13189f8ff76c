// The layout-quality measure (src/render/scene/layoutQuality) on the bundled corpus's first view,
// the overview a visitor opens: compiled from data/ as the build compiles it, derived with the
// default view state and fitted to a canvas, as the app draws it.
import { join } from 'node:path';
import { compileCorpus } from '../../src/compiler/compileCorpus';
import { serializeCorpus } from '../../src/compiler/output/buildGraph';
import { readCorpusDir } from '../../src/compiler/readCorpusDir';
import { loadModel } from '../../src/model/loadModel';
import { measureLayoutQuality, type LayoutQuality } from '../../src/render/scene/layoutQuality';
import type { CanvasSize } from '../../src/render/scene/types';
import { parseCompiledGraph } from '../../src/schema/compiledGraph';
import { deriveView } from '../../src/view';
import { DEFAULT_VIEW_STATE } from '../../src/viewState/viewState';

/**
 * The graph canvas's size in a 1440×900 window (measured in Chromium; the panels around it take
 * the rest). The e2e test layout-quality.spec.ts measures it again in the running app.
 */
export const CANVAS_AT_1440_BY_900: CanvasSize = { width: 760, height: 592 };

export const BUNDLED_DATA_DIR = join(import.meta.dirname, '../../data');

/** The quality of the overview of the corpus in `dataDir` on a canvas of `size`. */
export async function measureOverview(
  size: CanvasSize,
  dataDir: string = BUNDLED_DATA_DIR,
): Promise<LayoutQuality> {
  const result = compileCorpus(await readCorpusDir(dataDir));
  if (!result.graph) throw new Error(`The corpus in ${dataDir} did not compile`);
  const parsed = parseCompiledGraph(JSON.parse(serializeCorpus(result.graph).graph));
  if (!parsed.success) throw new Error(`The graph compiled from ${dataDir} is not valid`);
  const view = deriveView(loadModel(parsed.data), DEFAULT_VIEW_STATE);
  return measureLayoutQuality(view, size);
}
