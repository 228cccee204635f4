import { useState } from 'react';
import type { PlacedPassage } from '../../../../shared/model';
import type { Codebook } from '../../data/tags';
import { PassageCard } from './PassageCard';

interface Props {
  passages: readonly PlacedPassage[];
  codebook: Codebook;
  activePassageId: string | null;
  onOpen: (passageId: string) => void;
}

const ALL = '';

/** The open document's passages in reading order, filterable by tag; a click jumps to the passage. */
export function PassagesPanel({ passages, codebook, activePassageId, onOpen }: Props) {
  const [filter, setFilter] = useState(ALL);
  const usedTags = codebook.tags.filter((tag) => passages.some((p) => p.tagIds.includes(tag.id)));
  const activeFilter = usedTags.some((tag) => tag.id === filter) ? filter : ALL;
  const shown = activeFilter === ALL ? passages : passages.filter((p) => p.tagIds.includes(activeFilter));

  return (
    <aside className="passages-panel" aria-label="Passages">
      <header className="panel-header">
        <h2>
          Passages <span className="count">{passages.length}</span>
        </h2>
        {usedTags.length > 0 && (
          <select value={activeFilter} onChange={(event) => setFilter(event.target.value)} aria-label="Show passages tagged">
            <option value={ALL}>All tags</option>
            {usedTags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.path}
              </option>
            ))}
          </select>
        )}
      </header>
      {passages.length === 0 ? (
        <p className="panel-empty">Select text in the article to mark a passage, then type a tag and press Enter.</p>
      ) : (
        <ol className="passage-list">
          {shown.map((passage) => (
            <li key={passage.id}>
              <PassageCard
                passage={passage}
                tags={codebook.tags}
                tagsById={codebook.byId}
                selected={passage.id === activePassageId}
                onOpen={() => onOpen(passage.id)}
              />
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
