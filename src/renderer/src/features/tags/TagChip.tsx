import type { CSSProperties } from 'react';
import type { TagView } from '../../../../shared/model';
import type { Codebook } from '../../data/tags';
import { useHighlightPaint } from '../settings/use-highlight-paint';

/** Sets a CSS custom property through the CSSOM, which the strict CSP allows. */
export const cssVar = (name: string, value: string) => ({ [name]: value }) as CSSProperties;

/** A tag as a small coloured label; optionally removable. */
export function TagChip({ tag, onRemove }: { tag: TagView; onRemove?: () => void }) {
  const paint = useHighlightPaint()(tag.color);
  return (
    <span className="tag-chip" title={tag.description || tag.path} style={{ ...cssVar('--tag-color', tag.color), ...cssVar('--tag-fill', paint.fill), ...cssVar('--tag-edge', paint.edge) }}>
      <span className="tag-swatch" aria-hidden="true" />
      <span className="tag-chip-name">{tag.path}</span>
      {onRemove && (
        <button type="button" className="tag-chip-remove" onClick={onRemove} aria-label={`Remove tag ${tag.path}`}>
          ×
        </button>
      )}
    </span>
  );
}

/** A passage's tags as chips, in its order; a tag gone from the codebook is left out. */
export function PassageTags({ tagIds, codebook }: { tagIds: readonly string[]; codebook: Codebook }) {
  return (
    <div className="passage-tags">
      {tagIds.map((id) => {
        const tag = codebook.byId.get(id);
        return tag && <TagChip key={id} tag={tag} />;
      })}
    </div>
  );
}
