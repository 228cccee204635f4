/** A title as an undo label quotes it: whole when short, else cut with an ellipsis. */
export const clipForLabel = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
