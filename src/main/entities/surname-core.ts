/** "al-Assad" and "Assad" are the same surname: the core that names are matched on, in one document and across the notebook. */
export function surnameCore(word: string): string {
  return word.replace(/^(?:al|el|ad|as|ash)-/i, '').toLowerCase();
}
