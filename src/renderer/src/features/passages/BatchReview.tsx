/**
 * The parts every "code many passages at once" dialog shares: the tag to
 * code with (typed, or one of the codebook's), the bar that says how many are
 * chosen with Select all / none, the ticks themselves, and the one change
 * that codes them with a toast offering Undo.
 */
import { useState, type ReactNode } from 'react';
import type { TagView } from '../../../../shared/model';
import { scholia } from '../../bridge';
import { change, undoLastChange } from '../../data/actions';
import { countOf } from '../../data/count-words';
import { showToast } from '../toasts/toasts';

/** The tag field, one cell of a dialog's `.modal-fields`: any path may be typed; the codebook's tags are offered as the user types. */
export function BatchTagField({ id, value, onChange, tags, example, className }: { id: string; value: string; onChange: (value: string) => void; tags: readonly TagView[]; example: string; className?: string }) {
  return (
    <div className={className}>
      <label>
        Tag
        <input value={value} list={`${id}-tags`} onChange={(event) => onChange(event.target.value)} aria-describedby={`${id}-tag-hint`} />
      </label>
      <span id={`${id}-tag-hint`} className="field-hint">
        An existing tag, or a new path like {example}
      </span>
      <datalist id={`${id}-tags`}>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.path} />
        ))}
      </datalist>
    </div>
  );
}

/** How many are chosen, and buttons to tick them all or none. */
export function SelectionBar({ status, onAll, onNone, children }: { status: string; onAll: () => void; onNone: () => void; children?: ReactNode }) {
  return (
    <div className="code-hits-bar">
      <p className="hint" role="status">
        {status}
        {children}
      </p>
      <button type="button" className="button-quiet" onClick={onAll}>
        Select all
      </button>
      <button type="button" className="button-quiet" onClick={onNone}>
        Select none
      </button>
    </div>
  );
}

/** The keys the user unticked (everything starts ticked), and ticking or unticking one. */
export function useUnticked() {
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string, on: boolean) => {
    const next = new Set(unticked);
    if (on) next.delete(key);
    else next.add(key);
    setUnticked(next);
  };
  return { unticked, toggle, setUnticked };
}

/** Codes the ranges with one tag as one undoable change; true when it was done (a failure is told in a toast). */
export async function codeBatch(label: string, tagPath: string, items: { documentId: string; start: number; end: number }[], noun: [string, string]): Promise<boolean> {
  const report = await change(scholia().passages.codeMany({ label, tagPath, items }));
  if (!report) return false;
  const already = report.alreadyCoded > 0 ? `; ${countOf(report.alreadyCoded, ...noun)} already had it` : '';
  showToast(`Coded ${countOf(report.created, ...noun)} with “${tagPath}”${already}.`, { action: { label: 'Undo', run: () => void undoLastChange() } });
  return true;
}
