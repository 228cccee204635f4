/**
 * The research of a notebook (or of part of it) as plain data: what every
 * exporter writes from and what a REFI-QDA import reads into. It holds no
 * services and no paths, so formats are pure functions of it, tested with
 * tables, and it crosses to a worker as it is.
 */
import type { Attribute, Block, DocumentSummary, Memo, Passage, Tag, TextRange } from '../../shared/model';

/** A document with its current text. */
export interface ProjectDocument extends DocumentSummary {
  text: string;
  blocks: Block[];
}

/** A passage with where it sits in its document's current text; null when its words are gone (orphaned). */
export interface ProjectPassage extends Passage {
  anchor: TextRange | null;
}

/** A tag with its full path ("actors/Kerry"), names from the root down. */
export interface ProjectTag extends Tag {
  path: string;
}

/** Who made the project: REFI-QDA names a user on every coding. */
export interface ProjectUser {
  id: string;
  name: string;
}

export interface ProjectData {
  /** The project's name, as other tools show it. */
  title: string;
  /** ISO time the data was taken. */
  exportedAt: string;
  user: ProjectUser;
  documents: ProjectDocument[];
  /** In reading order within each document. */
  passages: ProjectPassage[];
  /** Parents before their children. */
  tags: ProjectTag[];
  attributes: Attribute[];
  memos: Memo[];
}
