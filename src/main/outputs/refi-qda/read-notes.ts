/**
 * The Notes of a project and its Links. A Note's text is inline
 * (PlainTextContent) or in a file of the .qdpx (plainTextPath), as
 * QualCoder writes its journals; its Description is kept after the text
 * when it says something more. Links are read for the one thing Scholia can
 * hold of them: a note linked to a selection, NVivo's way of annotating.
 */
import { idOfGuid, isoTime, type ReadContext } from './read-context';
import type { NoteLink, NoteRead } from './note-links';
import type { ProjectPassage } from '../project-data';
import { loadText, type SourceFiles } from './source-texts';
import { childNamed, childrenNamed, type XmlElement } from './xml-tree';

const NOTE_PARTS = new Set(['Description', 'PlainTextContent', 'PlainTextSelection', 'NoteRef', 'Coding', 'VariableValue']);

/** Reads every Note of the Notes element. */
export async function readNotes(notes: XmlElement | undefined, context: ReadContext, files: SourceFiles): Promise<NoteRead[]> {
  const read: NoteRead[] = [];
  for (const note of notes?.children ?? []) {
    if (note.name !== 'Note') {
      context.skipped.unknownElement(note.name);
      continue;
    }
    const id = context.guids.claim(note);
    const loaded = await loadText(note, context, files);
    const text = loaded.ok ? loaded.raw.replace(/\r\n?/g, '\n') : '';
    const description = childNamed(note, 'Description')?.text ?? '';
    const body = description.trim() === '' || description === text ? text : text === '' ? description : `${text}\n\n${description}`;
    const createdAt = isoTime(note.attributes['creationDateTime'] ?? note.attributes['modifiedDateTime'], context.now);
    for (const part of note.children) if (!NOTE_PARTS.has(part.name)) context.skipped.unknownElement(part.name);
    read.push({
      id,
      title: note.attributes['name'] ?? '',
      body,
      createdAt,
      updatedAt: isoTime(note.attributes['modifiedDateTime'], createdAt),
      selections: childrenNamed(note, 'PlainTextSelection'),
    });
  }
  return read;
}

/**
 * The Links that tie a note to a selection, as links from that note; every
 * other Link is left out and counted.
 */
export function readLinks(links: XmlElement | undefined, notes: ReadonlySet<string>, selections: ReadonlyMap<string, ProjectPassage>, context: ReadContext): NoteLink[] {
  const read: NoteLink[] = [];
  for (const link of links?.children ?? []) {
    if (link.name !== 'Link') {
      context.skipped.unknownElement(link.name);
      continue;
    }
    const origin = idOfGuid(link.attributes['originGUID'] ?? '');
    const target = idOfGuid(link.attributes['targetGUID'] ?? '');
    const [noteId, selectionId] = notes.has(origin) ? [origin, target] : [target, origin];
    const passage = selections.get(selectionId);
    if (notes.has(noteId) && passage) read.push({ ref: link, target: { kind: 'passage', passage }, noteId });
    else context.skipped.skip('link');
  }
  return read;
}
