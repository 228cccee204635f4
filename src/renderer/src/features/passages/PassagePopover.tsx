import type { PlacedPassage } from '../../../../shared/model';
import type { Codebook } from '../../data/tags';
import type { PopoverPlace } from '../reader/popover-position';
import { PassageCard } from './PassageCard';
import { Popover } from './Popover';

interface Props {
  passages: PlacedPassage[];
  place: PopoverPlace;
  codebook: Codebook;
  onClose: () => void;
  /** What the cards open with being edited (the context menu's "Edit tags…", "Edit note…"). */
  editing?: 'tags' | 'note' | undefined;
}

/** Opens on a click on a highlight: every passage under the click, innermost first. */
export function PassagePopover({ passages, place, codebook, onClose, editing }: Props) {
  if (passages.length === 0) return null;
  return (
    <Popover place={place} label={passages.length > 1 ? `${passages.length} passages here` : 'Passage'} onClose={onClose}>
      {passages.length > 1 && <p className="popover-title">{passages.length} passages here</p>}
      <div className="popover-passages">
        {passages.map((passage) => (
          <PassageCard key={passage.id} passage={passage} tags={codebook.tags} tagsById={codebook.byId} {...(editing ? { initialEditing: editing } : {})} />
        ))}
      </div>
    </Popover>
  );
}
