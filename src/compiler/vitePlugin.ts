// Vite integration (Node only, imported by vite.config.ts, never by the app): compiles the corpus
// at dev-server start and on every change, serving the last good graph at /corpus.json and its
// source texts at /corpus.texts.json and telling the pages to fetch them again; in a build, compiles once, fails the build on errors and
// emits both next to index.html.
import { join, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { compileCorpusDir, type DirCompileResult } from './compileCorpusDir';
import {
  CorpusError,
  corpusDisplayName,
  describeCompiledCorpus,
  formatCorpusDiagnostics,
} from './corpusReport';
import { formatDiagnostic } from './diagnostics';
import { createMemoryCache } from './parse/parseCache';
import { readCorpusDir } from './readCorpusDir';
import type { Diagnostic } from './types';
import { textsFileFor } from '../schema/compiledGraph';
import { CORPUS_UPDATED_EVENT } from '../schema/corpusUpdate';

export interface CorpusPluginOptions {
  /** The corpus folder, relative to the Vite root. */
  dataDir: string;
}

export const CORPUS_ASSET = 'corpus.json';
export const TEXTS_ASSET = textsFileFor(CORPUS_ASSET);

/** Body of /corpus.json (status 500) while the corpus has errors. */
export interface CorpusErrorBody {
  errors: (Diagnostic & { text: string })[];
}

const RECOMPILE_DELAY_MS = 50;

export function corpusPlugin({ dataDir }: CorpusPluginOptions): Plugin {
  let config: ResolvedConfig | undefined;
  const rootOf = (): string => config?.root ?? process.cwd();
  const dirOf = (): string => resolve(rootOf(), dataDir);
  // The dev server recompiles on every save: unchanged files are not parsed again.
  const cache = createMemoryCache();
  const compile = (): Promise<DirCompileResult> =>
    compileCorpusDir(dirOf(), rootOf(), { cache }).catch((error: unknown) => ({
      corpus: corpusDisplayName(dirOf(), rootOf()),
      diagnostics: [crashDiagnostic(error)],
    }));
  /** `vite build` compiles before the bundler starts (see buildApp); its first build uses that. */
  let compiledForBuild: DirCompileResult | undefined;

  return {
    name: 'who-said-what:corpus',
    configResolved(resolved) {
      config = resolved;
    },

    // The command line's `vite build` runs this before any bundling: a corpus with errors fails
    // the build here, and Vite prints the errors as they are, without a JavaScript stack trace.
    buildApp: {
      order: 'pre',
      async handler() {
        const result = await compile();
        if (result.json === undefined) {
          throw new CorpusError(formatCorpusDiagnostics(result.corpus, errorsOf(result)));
        }
        compiledForBuild = result;
      },
    },

    async buildStart() {
      if (config?.command !== 'build') return;
      const result = compiledForBuild ?? (await compile());
      compiledForBuild = undefined;
      const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
      if (result.json === undefined || result.textsJson === undefined) {
        // Only when bundling without `vite build`'s buildApp: the JavaScript API, a watch rebuild.
        this.error(formatCorpusDiagnostics(result.corpus, errorsOf(result)));
      }
      if (warnings.length > 0) config.logger.warn(formatCorpusDiagnostics(result.corpus, warnings));
      if (result.graph) {
        config.logger.info(describeCompiledCorpus(result.corpus, result.graph, warnings.length));
      }
      this.emitFile({ type: 'asset', fileName: CORPUS_ASSET, source: result.json });
      this.emitFile({ type: 'asset', fileName: TEXTS_ASSET, source: result.textsJson });
      // So `vite build --watch` rebuilds when the corpus changes.
      const files = await readCorpusDir(dirOf()).catch(() => ({}));
      for (const file of Object.keys(files)) this.addWatchFile(join(dirOf(), file));
    },

    configureServer(server) {
      serveCorpus(server, dirOf(), compile);
    },
  };
}

function errorsOf(result: DirCompileResult): Diagnostic[] {
  return result.diagnostics.filter((d) => d.severity === 'error');
}

function serveCorpus(
  server: ViteDevServer,
  dir: string,
  compile: () => Promise<DirCompileResult>,
): void {
  let latestJson: string | undefined;
  let latestTexts: string | undefined;
  let latestErrors: Diagnostic[] = [];
  let pending: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const logger = server.config.logger;

  let corpusName = corpusDisplayName(dir, server.config.root);

  const sendOverlay = (): void => {
    if (latestErrors.length === 0) return;
    server.ws.send({
      type: 'error',
      err: {
        message: formatCorpusDiagnostics(corpusName, latestErrors),
        stack: '',
        plugin: 'who-said-what:corpus',
      },
    });
  };

  const run = async (): Promise<void> => {
    const result = await compile();
    corpusName = result.corpus;
    const hadErrors = latestErrors.length > 0;
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
    if (result.json === undefined) {
      // /corpus.json now answers 500 with these errors, so the app shows them rather than stale data.
      latestErrors = errorsOf(result);
      logger.error(formatCorpusDiagnostics(corpusName, result.diagnostics), { timestamp: true });
      sendOverlay();
      return;
    }
    if (warnings.length > 0) {
      logger.warn(formatCorpusDiagnostics(corpusName, warnings), { timestamp: true });
    }
    const changed = result.json !== latestJson || result.textsJson !== latestTexts;
    latestJson = result.json;
    latestTexts = result.textsJson;
    latestErrors = [];
    if ((hadErrors || changed) && result.graph) {
      logger.info(describeCompiledCorpus(corpusName, result.graph, warnings.length), {
        timestamp: true,
      });
      // A page showing the graph swaps it in place, keeping its view (src/app/hotCorpus.ts); a
      // page showing the errors (or Vite's overlay) reloads.
      if (hadErrors) server.ws.send({ type: 'full-reload', path: '*' });
      else server.ws.send(CORPUS_UPDATED_EVENT, {});
    }
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    // Debounced, and chained so two compiles never overlap and the last change always wins.
    timer = setTimeout(() => {
      pending = pending.then(run, run);
    }, RECOMPILE_DELAY_MS);
  };

  pending = run();
  server.httpServer?.once('close', () => clearTimeout(timer));
  server.watcher.add(dir);
  const inCorpus = (path: string): boolean => path === dir || path.startsWith(dir + sep);
  server.watcher.on('all', (event, path) => {
    if (
      inCorpus(resolve(path)) &&
      ['add', 'change', 'unlink', 'addDir', 'unlinkDir'].includes(event)
    ) {
      schedule();
    }
  });
  // A page loaded while the corpus is broken should see the overlay too.
  server.ws.on('connection', () => setTimeout(sendOverlay, 0));

  server.middlewares.use((req, res, next) => {
    const pathname = (req.url ?? '').split('?')[0] ?? '';
    const served = (asset: string): boolean =>
      pathname === `/${asset}` || pathname === `${server.config.base}${asset}`;
    const texts = served(TEXTS_ASSET);
    if (!texts && !served(CORPUS_ASSET)) {
      next();
      return;
    }
    void pending.then(() => {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      if (latestErrors.length > 0 || latestJson === undefined) {
        const body: CorpusErrorBody = {
          errors: latestErrors.map((d) => ({ ...d, text: formatDiagnostic(d) })),
        };
        res.statusCode = 500;
        res.end(JSON.stringify(body));
      } else {
        res.statusCode = 200;
        res.end(texts ? latestTexts : latestJson);
      }
    });
  });
}

function crashDiagnostic(error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return {
    severity: 'error',
    file: '.',
    line: 1,
    col: 1,
    message: `could not compile: ${message}`,
  };
}
