/**
 * Sets of sources as document tags. A Scholia export's Sets are its document
 * tags and name their tag by GUID (see refi-format.ts); a set from another
 * tool (an ATLAS.ti document group, a MAXQDA document set) becomes a tag of
 * the same name, an existing one when a tag has that path, so its documents
 * keep the grouping. Sets of codes or of notes have no place in Scholia.
 */
import { nextTagColor } from '../../coding/tag-colors';
import type { ProjectDocument, ProjectTag } from '../project-data';
import { tagNameFor } from './read-codes';
import { idOfGuid, type ReadContext } from './read-context';
import { documentTagSetGuid } from './refi-format';
import { MAX_DOCUMENT_TAGS } from './refi-limits';
import { childNamed, childrenNamed, type XmlElement } from './xml-tree';

function tagForSet(set: XmlElement, tags: ProjectTag[], context: ReadContext, createdAt: string): ProjectTag {
  const id = idOfGuid(set.attributes['guid'] ?? '');
  const own = tags.find((tag) => documentTagSetGuid(tag.id) === id);
  if (own) return own;
  const name = set.attributes['name']?.trim() ?? '';
  const named = tags.find((tag) => tag.path.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (named) return named;
  const topLevel = new Set(tags.filter((tag) => tag.parentId === null).map((tag) => tag.name.toLocaleLowerCase()));
  const tagName = tagNameFor(name, topLevel, context, 'Untitled set');
  const tag: ProjectTag = {
    id: context.guids.claim(set),
    name: tagName,
    parentId: null,
    path: tagName,
    color: nextTagColor(tags.length),
    description: childNamed(set, 'Description')?.text ?? '',
    createdAt,
  };
  tags.push(tag);
  return tag;
}

/** Reads the Sets element into `tags` (new tags for other tools' sets) and the documents' tags. */
export function readSets(sets: XmlElement | undefined, tags: ProjectTag[], documents: readonly ProjectDocument[], context: ReadContext, createdAt: string): void {
  const byId = new Map(documents.map((document) => [document.id, document]));
  for (const set of sets?.children ?? []) {
    if (set.name !== 'Set') {
      context.skipped.unknownElement(set.name);
      continue;
    }
    const members = childrenNamed(set, 'MemberSource').flatMap((member) => byId.get(idOfGuid(member.attributes['targetGUID'] ?? '')) ?? []);
    if (members.length === 0) {
      if (childrenNamed(set, 'MemberCode').length > 0) context.skipped.skip('code-set');
      else if (childrenNamed(set, 'MemberNote').length > 0) context.skipped.skip('note-set');
      continue;
    }
    const tag = tagForSet(set, tags, context, createdAt);
    for (const document of members) {
      if (document.tags.includes(tag.id)) continue;
      if (document.tags.length >= MAX_DOCUMENT_TAGS) context.skipped.skip('extra-document-tag');
      else document.tags.push(tag.id);
    }
  }
}
