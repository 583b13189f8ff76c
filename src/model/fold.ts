/** Case- and accent-insensitive form of a text, for sorting and matching ("Émile" → "emile"). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
