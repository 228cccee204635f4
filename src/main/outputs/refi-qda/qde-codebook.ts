/**
 * The Codes element: the tag tree as nested Code elements, the same in a
 * project (where a Code may point to the memos about its tag) and in a
 * codebook file (where it may not: the codebook schema has no notes).
 */
import type { ProjectTag } from '../project-data';
import { pushTo } from './grouping';
import { element, textElement } from './xml-writing';

export interface CodesOptions {
  guidOf: (tagId: string) => string;
  /** GUIDs of the Notes about a tag; none in a codebook file. */
  noteRefsOf?: (tagId: string) => readonly string[];
}

/** The Codes element, or '' when there are no tags (the schema wants at least one Code). */
export function codesXml(tags: readonly ProjectTag[], options: CodesOptions): string {
  if (tags.length === 0) return '';
  const known = new Set(tags.map((tag) => tag.id));
  const children = new Map<string | null, ProjectTag[]>();
  for (const tag of tags) {
    // A tag whose parent is not in the export (part of a notebook) stands at the top.
    const parent = tag.parentId !== null && known.has(tag.parentId) ? tag.parentId : null;
    pushTo(children, parent, tag);
  }
  const written = new Set<string>();
  const codeXml = (tag: ProjectTag): string => {
    written.add(tag.id);
    const parts: string[] = [];
    if (tag.description !== '') parts.push(textElement('Description', {}, tag.description));
    for (const note of options.noteRefsOf?.(tag.id) ?? []) parts.push(element('NoteRef', { targetGUID: note }));
    // A damaged tree with a cycle is written once per tag, never forever.
    for (const child of children.get(tag.id) ?? []) if (!written.has(child.id)) parts.push(codeXml(child));
    return element('Code', { guid: options.guidOf(tag.id), name: tag.name, isCodable: true, color: tag.color }, parts);
  };
  return element('Codes', {}, (children.get(null) ?? []).map(codeXml));
}
