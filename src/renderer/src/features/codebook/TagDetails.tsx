import { useState } from 'react';
import type { TagView } from '../../../../shared/model';
import { ConfirmBox } from '../../components/ConfirmBox';
import { countOf } from '../../data/count-words';
import { MemoButton } from '../memos/MemoButton';
import { MAX_PINS, pinNumber, togglePin, useTagShortcuts } from '../tags/tag-shortcuts';
import { showToast } from '../toasts/toasts';
import { ColorPicker } from './ColorPicker';
import { deleteTag, mergeTag, moveTag, updateTag } from './tag-edits';
import { canMoveUnder } from './tag-tree';
import { TagChoiceDialog } from './TagChoiceDialog';

interface Props {
  tag: TagView;
  tags: readonly TagView[];
  hasChildren: boolean;
  onShowPassages: () => void;
  onRename: () => void;
  /** Asked from the tree (the Delete key): opens the question at once. */
  confirmingDelete: boolean;
  onConfirmingDelete: (asking: boolean) => void;
}

type Choosing = 'move' | 'merge' | null;

/** Everything about the tag chosen in the tree, and everything that can be done to it. */
export function TagDetails({ tag, tags, hasChildren, onShowPassages, onRename, confirmingDelete, onConfirmingDelete }: Props) {
  const [choosing, setChoosing] = useState<Choosing>(null);
  const [mergeInto, setMergeInto] = useState<TagView | null>(null);
  const { pinned } = useTagShortcuts();
  const pin = pinNumber(pinned, tag.id);
  const others = tags.filter((t) => t.id !== tag.id && !t.path.startsWith(`${tag.path}/`));

  return (
    <section className="tag-details" aria-label={`Tag ${tag.path}`}>
      <h2>{tag.path}</h2>
      <dl className="tag-counts">
        <dt>Itself</dt>
        <dd>
          {countOf(tag.passageCount, 'passage')} in {countOf(tag.documentCount, 'document')}
        </dd>
        {hasChildren && (
          <>
            <dt>With the tags inside</dt>
            <dd>
              {countOf(tag.passageTotal, 'passage')} in {countOf(tag.documentTotal, 'document')}
            </dd>
          </>
        )}
      </dl>
      <ColorPicker value={tag.color} name={tag.path} onCommit={(color) => void updateTag(tag, { color })} />
      <label className="tag-description-label">
        Description: when to use this code
        <textarea
          className="tag-description"
          rows={3}
          defaultValue={tag.description}
          key={`${tag.id}:${tag.description}`}
          onBlur={(event) => {
            if (event.target.value !== tag.description) void updateTag(tag, { description: event.target.value });
          }}
        />
      </label>
      <div className="tag-details-actions">
        <button type="button" className="button-quiet small" onClick={onShowPassages}>
          Show passages
        </button>
        <MemoButton about={{ kind: 'tag', id: tag.id }} name={tag.path} className="button-quiet small" />
        <button type="button" className="button-quiet small" onClick={onRename} aria-keyshortcuts="F2">
          Rename
        </button>
        <button type="button" className="button-quiet small" onClick={() => setChoosing('move')} aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight">
          Move to…
        </button>
        <button type="button" className="button-quiet small" onClick={() => setChoosing('merge')}>
          Merge into…
        </button>
        <button
          type="button"
          className="button-quiet small"
          aria-pressed={pin !== null}
          onClick={() => !togglePin(tag.id) && showToast(`${MAX_PINS} tags are pinned already: unpin one first.`)}
        >
          {pin !== null ? `Pinned: Alt+${pin}` : 'Pin to a number key'}
        </button>
        <button type="button" className="button-quiet small danger" onClick={() => onConfirmingDelete(true)} aria-keyshortcuts="Delete">
          Delete
        </button>
      </div>
      {(confirmingDelete || mergeInto) && (
        <ConfirmBox
          label="Confirm"
          confirmLabel={mergeInto ? 'Merge' : 'Delete tag'}
          onCancel={() => {
            setMergeInto(null);
            onConfirmingDelete(false);
          }}
          onConfirm={async () => {
            if (mergeInto) await mergeTag(tag, mergeInto);
            else await deleteTag(tag);
            setMergeInto(null);
            onConfirmingDelete(false);
          }}
        >
          {mergeInto
            ? `Merge “${tag.path}” into “${mergeInto.path}”? Its ${countOf(tag.passageCount, 'passage')} will carry “${mergeInto.path}” instead.`
            : `Delete “${tag.path}”? It is on ${countOf(tag.passageCount, 'passage')} in ${countOf(tag.documentCount, 'document')}. They keep their other tags; a passage left with none stays highlighted.${hasChildren ? ' Its child tags move up a level.' : ''}`}
        </ConfirmBox>
      )}
      {choosing === 'move' && (
        <TagChoiceDialog
          title={`Move “${tag.path}” under…`}
          tags={tags.filter((t) => canMoveUnder(tag, t))}
          noneLabel={tag.parentId ? 'To the top level' : undefined}
          onClose={() => setChoosing(null)}
          onChoose={(parent) => {
            setChoosing(null);
            void moveTag(tag, parent);
          }}
        />
      )}
      {choosing === 'merge' && (
        <TagChoiceDialog
          title={`Merge “${tag.path}” into…`}
          tags={others}
          onClose={() => setChoosing(null)}
          onChoose={(target) => {
            setChoosing(null);
            setMergeInto(target);
          }}
        />
      )}
    </section>
  );
}
