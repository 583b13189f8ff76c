// Human wording for ids and dates, shared by the panels.
import { ENTITY_TYPE_DEFINITIONS } from '../../schema/vocabulary';

const typeLabels = new Map<string, string>(ENTITY_TYPE_DEFINITIONS.map((d) => [d.id, d.label]));

export function typeLabel(type: string): string {
  return typeLabels.get(type) ?? type;
}

/** "2021-09/2022-01" → "Sep 2021 – Jan 2022"; keeps what it doesn't recognise. */
export function formatEdtf(date: string | null): string {
  if (!date) return 'undated';
  const [start, end] = date.split('/');
  if (end === undefined) return formatEdtfPart(date);
  const open = (part: string | undefined) => part === undefined || part === '' || part === '..';
  if (open(start)) return `until ${formatEdtfPart(end)}`;
  if (open(end)) return `from ${formatEdtfPart(start ?? '')}`;
  return `${formatEdtfPart(start ?? '')} – ${formatEdtfPart(end)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatEdtfPart(part: string): string {
  const qualifier = /[?~%]$/.test(part) ? part.slice(-1) : '';
  const core = qualifier ? part.slice(0, -1) : part;
  const match = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(core);
  if (!match) return part;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  const text = [day ? String(Number(day)) : '', monthName ?? (month ? month : ''), year]
    .filter(Boolean)
    .join(' ');
  const note =
    qualifier === '?'
      ? ' (uncertain)'
      : qualifier === '~'
        ? ' (approximate)'
        : qualifier
          ? ' (uncertain, approximate)'
          : '';
  return text + note;
}
