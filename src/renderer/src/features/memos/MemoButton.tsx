import { useContext } from 'react';
import type { MemoAbout } from '../../../../shared/model';
import type { View } from '../../app/view';
import { memosQuestion } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { MemoOpener, openMemoFor } from './memo-navigation';
import { memoOf } from './memo-text';

interface Props {
  /** The document or tag the memo is about. */
  about: Exclude<MemoAbout, { kind: 'project' }>;
  /** The document's title or the tag's path, so that buttons of several rows are told apart by their names. */
  name?: string;
  /** Where to go; without it, the app's MemoOpener. */
  onView?: (view: View) => void;
  className?: string;
}

/** Opens a document's or tag's memo in the Memos view, saying whether it has one yet. */
export function MemoButton({ about, name, onView, className = 'button-quiet' }: Props) {
  const opener = useContext(MemoOpener);
  const memos = useQuery(memosQuestion);
  const has = memos.data !== undefined && memoOf(memos.data, about) !== undefined;
  const text = has ? 'Memo' : 'Write memo';
  const open = onView ? () => onView(openMemoFor(about)) : opener ? () => opener(about) : undefined;
  return (
    <button type="button" className={className} disabled={!open} onClick={open} aria-label={name ? `${text} on ${name}` : undefined}>
      {text}
    </button>
  );
}
