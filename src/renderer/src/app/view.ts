/** Which view fills the main area: the reader, the codebook, passages by tag, memos, attributes or backups. */
export type View =
  | { kind: 'read' }
  | { kind: 'codebook' }
  | { kind: 'tag'; tagId: string | null }
  | { kind: 'memos' }
  | { kind: 'attributes' }
  | { kind: 'backups' };
