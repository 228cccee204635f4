import { useMemo, useState } from 'react';
import { scholia } from '../../bridge';
import { change } from '../../data/actions';
import type { Codebook } from '../../data/tags';
import { TagDetails } from './TagDetails';
import { visibleRows } from './tag-tree';
import { TagTree } from './TagTree';

/** The codebook: every tag in its hierarchy as a tree, and the chosen tag's colour, description, memo and usage beside it. */
export function CodebookView({ codebook, onShowPassages }: { codebook: Codebook; onShowPassages: (tagId: string) => void }) {
  const [name, setName] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const rows = useMemo(() => visibleRows(codebook.tags, collapsed), [codebook.tags, collapsed]);
  const chosen = rows.find((row) => row.tag.id === chosenId) ?? rows[0];
  const toggle = (tagId: string, expanded: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (expanded) next.delete(tagId);
      else next.add(tagId);
      return next;
    });

  return (
    <section className="codebook-view" aria-label="Codebook">
      <header className="view-header">
        <h1>Codebook</h1>
        <p className="hint">
          Nest tags with a slash: “actors/Kerry”, or drag a tag onto another. In the tree: arrows move, Enter shows a tag’s passages, F2 renames, Alt+→ moves a tag
          under the one above, Alt+← out a level. Changes here never alter the passages’ text.
        </p>
        <form
          className="new-tag"
          onSubmit={async (event) => {
            event.preventDefault();
            if (name.trim() && (await change(scholia().tags.create({ name })))) setName('');
          }}
        >
          <input value={name} onChange={(event) => setName(event.target.value)} placeholder="New tag, e.g. themes/ceasefire" aria-label="New tag" />
          <button type="submit" className="button-primary">
            Add tag
          </button>
        </form>
      </header>
      {codebook.tags.length === 0 ? (
        <p className="panel-empty">No tags yet.</p>
      ) : (
        <div className="codebook-body">
          <div className="codebook-tree">
            <TagTree
              tags={codebook.tags}
              rows={rows}
              selectedId={chosen?.tag.id ?? null}
              onSelect={setChosenId}
              onToggle={toggle}
              onOpen={onShowPassages}
              renamingId={renamingId}
              onRename={setRenamingId}
              onDelete={setDeletingId}
            />
          </div>
          {chosen && (
            <TagDetails
              key={chosen.tag.id}
              tag={chosen.tag}
              tags={codebook.tags}
              hasChildren={chosen.hasChildren}
              onShowPassages={() => onShowPassages(chosen.tag.id)}
              onRename={() => setRenamingId(chosen.tag.id)}
              confirmingDelete={deletingId === chosen.tag.id}
              onConfirmingDelete={(asking) => setDeletingId(asking ? chosen.tag.id : null)}
            />
          )}
        </div>
      )}
    </section>
  );
}
