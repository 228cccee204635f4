/** "1 passage", "2 passages", "1,204 documents": a count with its noun in the right number, for every message and label. */
export const countOf = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;
