/** Which view fills the main area: the reader, the codebook, passages by tag, or backups. */
export type View = { kind: 'read' } | { kind: 'codebook' } | { kind: 'tag'; tagId: string | null } | { kind: 'backups' };
