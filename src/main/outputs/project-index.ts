/**
 * Lookups every export needs over a project's data: a passage's document, its
 * tags in codebook order, its words. Built once per export so writers stay
 * linear in the number of passages.
 */
import type { ProjectData, ProjectDocument, ProjectPassage, ProjectTag } from './project-data';

export interface ProjectIndex {
  documentOf(id: string): ProjectDocument | undefined;
  /** The tags among `ids` that the project holds, in codebook order (parents before children); unknown ids are left out. */
  tagsOf(ids: readonly string[]): ProjectTag[];
}

/** Builds the lookups once, in time linear in the project's documents and tags. */
export function indexProject(project: Pick<ProjectData, 'documents' | 'tags'>): ProjectIndex {
  const documents = new Map(project.documents.map((document) => [document.id, document]));
  const places = new Map(project.tags.map((tag, place) => [tag.id, place]));
  return {
    documentOf: (id) => documents.get(id),
    tagsOf: (ids) => {
      const known = ids.filter((id) => places.has(id));
      if (known.length > 1) known.sort((a, b) => places.get(a)! - places.get(b)!);
      return known.map((id) => project.tags[places.get(id)!]!);
    },
  };
}

/** A passage's words: as they stand in the current text, or the stored quote when the passage is orphaned. */
export function passageWords(document: Pick<ProjectDocument, 'text'>, passage: ProjectPassage): string {
  return passage.anchor === null ? passage.quote.exact : document.text.slice(passage.anchor.start, passage.anchor.end);
}
