// Corpora written before attribution compile as before; they get one warning per annotation file
// (not one per relation) saying how to state what the compiler assumed.
import type { Reporter } from '../diagnostics';
import type { Location } from '../types';

interface Tally {
  first: Location;
  relations: number;
  claims: number;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export class LegacyNotes {
  private readonly unattributed = new Map<string, Tally>();
  private readonly estimatedBases = new Map<string, Tally>();

  /** The reporter places the notes: each at the earliest item of its file. */
  constructor(private readonly reporter: Reporter) {}

  /** A relation or claim without `status`. */
  noStatus(where: Location, kind: 'relation' | 'claim'): void {
    this.count(this.unattributed, where, kind);
  }

  /** A date whose basis speaks of an estimate but names no `date_relative_to`. */
  estimatedBasis(where: Location, kind: 'relation' | 'claim'): void {
    this.count(this.estimatedBases, where, kind);
  }

  private count(into: Map<string, Tally>, where: Location, kind: 'relation' | 'claim'): void {
    let tally = into.get(where.file);
    if (!tally) into.set(where.file, (tally = { first: where, relations: 0, claims: 0 }));
    if (this.reporter.locate(where).line < this.reporter.locate(tally.first).line) {
      tally.first = where;
    }
    if (kind === 'relation') tally.relations++;
    else tally.claims++;
  }

  report(): void {
    const { reporter } = this;
    for (const { first, relations, claims } of this.unattributed.values()) {
      const items = [
        relations > 0 ? plural(relations, 'relation') : '',
        claims > 0 ? plural(claims, 'claim') : '',
      ]
        .filter(Boolean)
        .join(' and ');
      const one = relations + claims === 1;
      reporter.warning(
        first,
        `${items} in this file ${one ? 'states' : 'state'} no status, so ${one ? 'it is' : 'they are'} ` +
          'read as written before attribution ' +
          '(relations reported, claims attributed, each quote according to its source): say how each ' +
          'is asserted with status: reported | attributed | opinion | document | inference, and by ' +
          'whom with according_to: when not the source itself (docs/data-format.md, "Attribution")',
      );
    }
    for (const { first, relations, claims } of this.estimatedBases.values()) {
      reporter.warning(
        first,
        `${plural(relations + claims, 'date')} in this file ${
          relations + claims === 1 ? 'rests' : 'rest'
        } on an estimate (the date_basis says so) and ${
          relations + claims === 1 ? 'is' : 'are'
        } marked estimated: name the source each was read from with ` +
          'date_relative_to: <source id>',
      );
    }
  }
}
