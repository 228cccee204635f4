import type { VersionDiffSegment } from '../../../../shared/model';

/** Unchanged text shown around each change; the rest of a long unchanged stretch is folded away. */
const CONTEXT = 160;

/** The two versions' differences: removed words struck through, added ones marked, long unchanged stretches folded. */
export function VersionDiff({ segments }: { segments: readonly VersionDiffSegment[] }) {
  const changes = segments.filter((s) => s.kind !== 'same').length;
  if (changes === 0) return <p className="hint">The texts are the same.</p>;
  return (
    <div className="version-diff" role="document" aria-label={`${changes} changes`}>
      {segments.map((segment, i) => {
        if (segment.kind === 'added') return <ins key={i}>{segment.text}</ins>;
        if (segment.kind === 'removed') return <del key={i}>{segment.text}</del>;
        return <span key={i}>{fold(segment.text, i > 0, i < segments.length - 1)}</span>;
      })}
    </div>
  );
}

/** Keeps CONTEXT characters of unchanged text next to each change, marking what is left out. */
function fold(text: string, changeBefore: boolean, changeAfter: boolean): string {
  const keepHead = changeBefore ? CONTEXT : 0;
  const keepTail = changeAfter ? CONTEXT : 0;
  if (text.length <= keepHead + keepTail + 40) return text;
  // Cut at spaces, so no word is shown in part.
  const head = keepHead > 0 ? text.slice(0, text.lastIndexOf(' ', keepHead) + 1 || keepHead) : '';
  const tailFrom = keepTail > 0 ? text.indexOf(' ', text.length - keepTail) : -1;
  const tail = tailFrom === -1 ? '' : text.slice(tailFrom + 1);
  return `${head}${head ? '… ' : '… '}${tail}`;
}
