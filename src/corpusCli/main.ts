// `npm run corpus -- COMMAND …`: create a corpus, add a source, import spreadsheets. Each command
// prints what it did and what to do next, and refuses to overwrite a file (docs/corpus-tools.md).
import { pathToFileURL } from 'node:url';
import type { Io } from './files';
import { importSpreadsheets } from './import/importSpreadsheets';
import { addSource } from './scaffold/addSource';
import { newCorpus } from './scaffold/newCorpus';

export const USAGE = `usage:
  npm run corpus -- new DIR [--title TITLE]
      a corpus folder that compiles, with one commented example of each kind
  npm run corpus -- add-source DIR FILE [--title TITLE] [--id ID]
      copies FILE into DIR/sources/ byte for byte, with a metadata file listing every field
  npm run corpus -- import DIR [--entities FILE.csv] [--relations FILE.csv]
      spreadsheets → DIR/annotations/<name>.yaml, checked by the compiler first
(docs/corpus-tools.md describes each command and the spreadsheets' columns)`;

interface Command {
  positionals: readonly string[];
  flags: readonly string[];
  run: (values: Record<string, string | undefined>, io: Io) => Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  new: {
    positionals: ['DIR'],
    flags: ['--title'],
    run: (v, io) => newCorpus({ dir: v.DIR ?? '', title: v['--title'] }, io),
  },
  'add-source': {
    positionals: ['DIR', 'FILE'],
    flags: ['--title', '--id'],
    run: (v, io) =>
      addSource({ dir: v.DIR ?? '', file: v.FILE ?? '', title: v['--title'], id: v['--id'] }, io),
  },
  import: {
    positionals: ['DIR'],
    flags: ['--entities', '--relations'],
    run: (v, io) =>
      importSpreadsheets(
        { dir: v.DIR ?? '', entities: v['--entities'], relations: v['--relations'] },
        io,
      ),
  },
};

/** The command's values by name (`DIR`, `--title`), or a message saying what is wrong. */
export function parseCommandLine(
  args: readonly string[],
): { command: Command; values: Record<string, string | undefined> } | string {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h') return USAGE;
  const command = COMMANDS[name];
  if (!command) return `unknown command "${name}"\n${USAGE}`;
  const values: Record<string, string | undefined> = {};
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [flag = '', inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (!command.flags.includes(flag)) {
      return `unknown option "${flag}" for ${name}; it takes ${command.flags.join(', ')}\n${USAGE}`;
    }
    const value = inline ?? rest[(i += 1)];
    if (value === undefined || value === '') return `${flag} needs a value\n${USAGE}`;
    values[flag] = value;
  }
  if (positionals.length !== command.positionals.length) {
    return `${name} takes ${command.positionals.join(' ')}\n${USAGE}`;
  }
  command.positionals.forEach((key, index) => (values[key] = positionals[index]));
  return { command, values };
}

export async function runCorpusCli(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommandLine(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n`);
    return parsed === USAGE ? 0 : 2;
  }
  return parsed.command.run(parsed.values, io);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const io: Io = {
    cwd: process.env.INIT_CWD ?? process.cwd(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
  runCorpusCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
