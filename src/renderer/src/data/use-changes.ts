import { useEffect, useState } from 'react';
import type { NotebookChange } from '../../../shared/changes';
import { followChanges } from './notebook-data';

/** A number that grows with each change event that `concerns` accepts, for views that must ask again (search results). */
export function useChangeCount(concerns: (change: NotebookChange) => boolean): number {
  const [count, setCount] = useState(0);
  useEffect(() => followChanges(concerns, () => setCount((n) => n + 1)), [concerns]);
  return count;
}
