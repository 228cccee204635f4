import { useState } from 'react';
import { ENTITY_KINDS, type EntityCodingProposal, type EntityKind, type EntityMention, type EntityRow, type EntitySort } from '../../../../shared/entities';
import { scholia } from '../../bridge';
import { change, undoLastChange } from '../../data/actions';
import { countOf } from '../../data/count-words';
import { showToast } from '../toasts/toasts';
import { CodeMentionsDialog } from './CodeMentionsDialog';
import { EntityEditDialog, type EditMode } from './EntityEditDialog';
import { EntityTable } from './EntityTable';
import { MentionsDialog } from './MentionsDialog';
import { descendingFirst, KIND_LABELS } from './entity-labels';
import { useEntities, type EntityQuery } from './use-entities';
import './entities.css';

interface Props {
  /** Opens the reader at one mention. */
  onOpenMention: (mention: EntityMention) => void;
}

type Dialog = { kind: 'mentions'; entity: EntityRow } | { kind: 'code'; proposal: EntityCodingProposal } | { kind: 'edit'; mode: EditMode; entity: EntityRow } | null;

/**
 * The people, places and organisations of the notebook: filtered by kind and
 * name, sorted by any column, each one click from its mentions, a tag coding
 * them, or a correction of how it was merged.
 */
export function EntitiesView({ onOpenMention }: Props) {
  const [query, setQuery] = useState<EntityQuery>({ kind: null, query: '', sort: 'mentions', descending: true });
  const [showHidden, setShowHidden] = useState(false);
  const { list, error } = useEntities(query);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const rows = (list?.entities ?? []).filter((row) => showHidden || !row.hidden);
  // The first row stands chosen until the user picks another, so the actions always have an entity.
  const selected = rows.find((row) => row.id === selectedId) ?? rows[0] ?? null;

  const sortBy = (sort: EntitySort) => setQuery((q) => ({ ...q, sort, descending: q.sort === sort ? !q.descending : descendingFirst(sort) }));
  const makeTag = async (entity: EntityRow) => {
    const proposal = await change(scholia().entities.codeMentions({ entityId: entity.id }));
    if (proposal) setDialog({ kind: 'code', proposal });
  };
  const toggleHidden = async (entity: EntityRow) => {
    const done = await change(scholia().entities.alias({ action: 'hide', entityId: entity.id, hidden: !entity.hidden }));
    if (done !== undefined) showToast(entity.hidden ? `${entity.name} is listed again.` : `${entity.name} is hidden.`, { action: { label: 'Undo', run: () => void undoLastChange() } });
  };

  const status = error ?? (list === null ? 'Finding the entities…' : `${countOf(rows.length, 'entity', 'entities')}${list.total > list.entities.length ? ` of ${list.total.toLocaleString()}` : ''}`);
  return (
    <section className="entities-view" aria-labelledby="entities-title">
      <header className="entities-header">
        <h1 id="entities-title">Entities</h1>
        <p className="hint" role="status">
          {status}
          {list && list.pending > 0 && ` · reading ${countOf(list.pending, 'document')} for names…`}
        </p>
      </header>
      <div className="entities-filters">
        <div className="entity-kinds" role="group" aria-label="Kind">
          {[null, ...ENTITY_KINDS].map((kind: EntityKind | null) => (
            <button key={kind ?? 'all'} type="button" aria-pressed={query.kind === kind} onClick={() => setQuery((q) => ({ ...q, kind }))}>
              {kind ? KIND_LABELS[kind].many : 'All'}
            </button>
          ))}
        </div>
        <input type="search" className="entities-search" placeholder="Filter by name" aria-label="Filter entities by name" value={query.query} onChange={(event) => setQuery((q) => ({ ...q, query: event.target.value }))} />
        <label className="entities-hidden-toggle">
          <input type="checkbox" checked={showHidden} onChange={(event) => setShowHidden(event.target.checked)} /> Show hidden
        </label>
      </div>
      <div className="entities-actions" role="toolbar" aria-label={selected ? `Actions for ${selected.name}` : 'Entity actions'}>
        <button type="button" className="button-quiet small" disabled={!selected} onClick={() => selected && setDialog({ kind: 'mentions', entity: selected })}>
          Show mentions
        </button>
        <button type="button" className="button-primary small" disabled={!selected} onClick={() => selected && void makeTag(selected)}>
          Make tag &amp; code mentions…
        </button>
        <button type="button" className="button-quiet small" disabled={!selected} onClick={() => selected && setDialog({ kind: 'edit', mode: 'merge', entity: selected })}>
          Merge with…
        </button>
        <button type="button" className="button-quiet small" disabled={!selected} onClick={() => selected && setDialog({ kind: 'edit', mode: 'rename', entity: selected })}>
          Rename…
        </button>
        <button type="button" className="button-quiet small" disabled={!selected || selected.aliases.length === 0} onClick={() => selected && setDialog({ kind: 'edit', mode: 'split', entity: selected })}>
          Split a name off…
        </button>
        <button type="button" className="button-quiet small" disabled={!selected} onClick={() => selected && void toggleHidden(selected)}>
          {selected?.hidden ? 'Show' : 'Hide'}
        </button>
      </div>
      {list !== null && rows.length === 0 ? (
        <p className="panel-empty">{query.query || query.kind ? 'No entity matches.' : list.pending > 0 ? 'Names appear here as the documents are read.' : 'No people, places or organisations were found.'}</p>
      ) : (
        <EntityTable rows={rows} sort={query.sort} descending={query.descending} onSort={sortBy} selectedId={selected?.id ?? null} onSelect={setSelectedId} onActivate={(entity) => setDialog({ kind: 'mentions', entity })} />
      )}
      {dialog?.kind === 'mentions' && <MentionsDialog entity={dialog.entity} onOpen={onOpenMention} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'code' && <CodeMentionsDialog proposal={dialog.proposal} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <EntityEditDialog mode={dialog.mode} entity={dialog.entity} others={rows} onClose={() => setDialog(null)} />}
    </section>
  );
}
