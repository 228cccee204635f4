import type { MemoAbout } from '../../../shared/model';

/** Which view fills the main area: the reader, the codebook, passages by tag, memos, attributes, analysis, concordance, shared text or backups. */
export type View =
  | { kind: 'read' }
  | { kind: 'codebook' }
  | { kind: 'tag'; tagId: string | null }
  /** Memos, opened at one (`memoId`), or at a new one about `draft` that is created when first saved. */
  | { kind: 'memos'; memoId?: string; draft?: MemoAbout }
  | { kind: 'attributes' }
  | { kind: 'analysis' }
  /** Every match of `query` in context; opened from search with its query. */
  | { kind: 'concordance'; query?: string }
  | { kind: 'shared' }
  | { kind: 'entities' }
  | { kind: 'backups' };
