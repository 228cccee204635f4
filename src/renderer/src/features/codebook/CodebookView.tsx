import { useState } from 'react';
import { scholia } from '../../bridge';
import { change } from '../../data/actions';
import type { Codebook } from '../../data/tags';
import { TagRow } from './TagRow';

/** The codebook: every tag in its hierarchy, with colour, description and usage. */
export function CodebookView({ codebook, onShowPassages }: { codebook: Codebook; onShowPassages: (tagId: string) => void }) {
  const [name, setName] = useState('');
  return (
    <section className="codebook-view" aria-label="Codebook">
      <header className="view-header">
        <h1>Codebook</h1>
        <p className="hint">Nest tags with a slash: “actors/Kerry”. Changes here never alter the passages’ text.</p>
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
        <ul className="tag-tree">
          {codebook.tags.map((tag) => (
            <TagRow key={tag.id} tag={tag} tags={codebook.tags} onShowPassages={onShowPassages} />
          ))}
        </ul>
      )}
    </section>
  );
}
