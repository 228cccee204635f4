import type { PlacedPassage } from '../../../../shared/model';
import type { Codebook } from '../../data/tags';
import type { FloatAnchor } from '../../components/floating';
import { PassageCard } from './PassageCard';
import { Popover } from './Popover';

interface Props {
  passages: PlacedPassage[];
  anchor: FloatAnchor;
  codebook: Codebook;
  onClose: () => void;
  /** What the cards open with being edited (the context menu's "Edit tags…", "Edit note…"). */
  editing?: 'tags' | 'note' | undefined;
}

/** Opens on a click on a highlight: every passage under the click, innermost first. */
export function PassagePopover({ passages, anchor, codebook, onClose, editing }: Props) {
  if (passages.length === 0) return null;
  return (
    <Popover anchor={anchor} label={passages.length > 1 ? `${passages.length} passages here` : 'Passage'} onClose={onClose}>
      {passages.length > 1 && <p className="popover-title">{passages.length} passages here</p>}
      <div className="popover-passages">
        {passages.map((passage) => (
          <PassageCard key={passage.id} passage={passage} tags={codebook.tags} tagsById={codebook.byId} {...(editing ? { initialEditing: editing } : {})} />
        ))}
      </div>
    </Popover>
  );
}
