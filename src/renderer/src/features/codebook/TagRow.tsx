import { useEffect, useRef, useState } from 'react';
import type { TagView } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { change } from '../../data/actions';
import { showToast } from '../toasts/toasts';
import { ConfirmBox } from '../../components/ConfirmBox';
import { cssVar } from '../tags/TagChip';
import { MemoButton } from '../memos/MemoButton';

interface Props {
  tag: TagView;
  tags: readonly TagView[];
  onShowPassages: (tagId: string) => void;
}

type Confirming = { kind: 'delete' } | { kind: 'merge'; targetId: string } | null;

const depthOf = (tag: TagView) => tag.path.split('/').length - 1;
const counted = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;
/** Its own use, and for a tag with tags inside it, theirs rolled in (distinct passages and documents). */
const usage = (tag: TagView, hasChildren: boolean) => {
  const own = `${counted(tag.passageCount, 'passage', 'passages')}, ${counted(tag.documentCount, 'document', 'documents')}`;
  const total = `${counted(tag.passageTotal, 'passage', 'passages')}, ${counted(tag.documentTotal, 'document', 'documents')} with the tags inside`;
  if (!hasChildren) return own;
  return tag.passageCount === 0 && tag.documentCount === 0 ? total : `${own}; ${total}`;
};

/** One tag of the codebook with everything that can be done to it. */
export function TagRow({ tag, tags, onShowPassages }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const update = (changes: { name?: string; color?: string; description?: string; parentId?: string | null }) =>
    change(scholia().tags.update({ id: tag.id, ...changes }));
  // A tag can move under, or merge into, any tag but itself and its own children.
  const others = tags.filter((t) => t.id !== tag.id && !t.path.startsWith(`${tag.path}/`));
  const mergeTarget = confirming?.kind === 'merge' ? tags.find((t) => t.id === confirming.targetId) : undefined;

  return (
    <li className="tag-row" style={cssVar('--depth', String(depthOf(tag)))} data-tag-path={tag.path}>
      <div className="tag-row-main">
        <ColorInput value={tag.color} label={`Colour of ${tag.path}`} onCommit={(color) => void update({ color })} />
        {renaming ? (
          <input
            className="tag-rename"
            defaultValue={tag.name}
            autoFocus
            aria-label={`New name for ${tag.path}`}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setRenaming(false);
              if (event.key === 'Enter') {
                const name = event.currentTarget.value;
                void update({ name }).then((done) => done && setRenaming(false));
              }
            }}
            onBlur={() => setRenaming(false)}
          />
        ) : (
          <button type="button" className="tag-name" onClick={() => onShowPassages(tag.id)} title="Show its passages">
            {tag.path}
          </button>
        )}
        <span className="tag-usage">{usage(tag, tags.some((t) => t.parentId === tag.id))}</span>
        <div className="tag-row-actions">
          <MemoButton about={{ kind: 'tag', id: tag.id }} name={tag.path} className="button-quiet small" />
          <button type="button" className="button-quiet small" onClick={() => setRenaming(true)}>
            Rename
          </button>
          <select
            aria-label={`Parent of ${tag.path}`}
            value={tag.parentId ?? ''}
            onChange={(event) => void update({ parentId: event.target.value || null })}
          >
            <option value="">No parent</option>
            {others.map((t) => (
              <option key={t.id} value={t.id}>
                under {t.path}
              </option>
            ))}
          </select>
          <select
            aria-label={`Merge ${tag.path} into`}
            value=""
            onChange={(event) => event.target.value && setConfirming({ kind: 'merge', targetId: event.target.value })}
          >
            <option value="">Merge into…</option>
            {others.map((t) => (
              <option key={t.id} value={t.id}>
                {t.path}
              </option>
            ))}
          </select>
          <button type="button" className="button-quiet small danger" onClick={() => setConfirming({ kind: 'delete' })}>
            Delete
          </button>
        </div>
      </div>
      <input
        className="tag-description"
        defaultValue={tag.description}
        key={tag.description}
        placeholder="Description: when to use this code"
        aria-label={`Description of ${tag.path}`}
        onBlur={(event) => {
          if (event.target.value !== tag.description) void update({ description: event.target.value });
        }}
      />
      {confirming && (
        <ConfirmBox
          label="Confirm"
          confirmLabel={confirming.kind === 'delete' ? 'Delete tag' : 'Merge'}
          onCancel={() => setConfirming(null)}
          onConfirm={async () => {
            const report =
              confirming.kind === 'delete'
                ? await change(scholia().tags.delete({ id: tag.id }))
                : await change(scholia().tags.merge({ sourceId: tag.id, targetId: confirming.targetId }));
            setConfirming(null);
            if (report) {
              showToast(`${confirming.kind === 'delete' ? 'Deleted' : 'Merged'} “${tag.path}”: ${report.passagesChanged} passages and ${report.documentsChanged} documents updated.`);
            }
          }}
        >
          {confirming.kind === 'delete'
            ? `Delete “${tag.path}”? It is on ${usage(tag, false)}. They keep their other tags; a passage left with none stays highlighted.${tags.some((t) => t.parentId === tag.id) ? ' Its child tags move up a level.' : ''}`
            : `Merge “${tag.path}” into “${mergeTarget?.path}”? Its ${usage(tag, false)} will carry “${mergeTarget?.path}” instead.`}
        </ConfirmBox>
      )}
    </li>
  );
}

/**
 * A colour picker that saves once, when the picker closes: React's onChange
 * fires on every step of a drag, which would write the codebook and fill the
 * undo history with dozens of colour changes.
 */
function ColorInput({ value, label, onCommit }: { value: string; label: string; onCommit: (color: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const commit = useRef(onCommit);
  useEffect(() => {
    commit.current = onCommit;
  });
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    const onChange = () => {
      if (input.value !== value) commit.current(input.value);
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, [value]);
  return <input ref={ref} type="color" key={value} defaultValue={value} aria-label={label} />;
}
