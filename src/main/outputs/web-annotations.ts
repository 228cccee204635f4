/**
 * The passages as W3C Web Annotations (Web Annotation Data Model, W3C
 * Recommendation 23 February 2017), serialised as JSON-LD with the model's
 * own context: one AnnotationCollection whose first and only page embeds
 * every annotation. Tools that read the model (Hypothesis, Recogito, IIIF
 * viewers, annotation servers) can take a project's coding as it is.
 *
 * Offsets: a TextPositionSelector counts Unicode code points, as the model
 * requires, so Scholia's UTF-16 offsets are converted (see
 * code-point-offsets). Both count into the document's text as Scholia holds
 * it (normalized, blocks separated by blank lines), not into a web page's
 * markup; the TextQuoteSelector is what finds the words elsewhere.
 */
import { createHash } from 'node:crypto';
import { describeRange } from '../../shared/anchoring/selectors';
import type { TextQuoteSelector } from '../../shared/model';
import { codePointOffsets } from './code-point-offsets';
import type { FormatWriter } from './format-writer';
import type { ProjectData, ProjectDocument, ProjectPassage } from './project-data';
import { indexProject } from './project-index';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A tag (purpose tagging, its full path) or a note (purpose commenting, Markdown) embedded in an annotation (§3.2.4). */
export interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting';
  value: string;
  format: 'text/plain' | 'text/markdown';
}

/** The two selectors Scholia writes: the quote with its context (§4.2.4) and the position in code points (§4.2.5). */
export type AnnotationSelector = (TextQuoteSelector & { type: 'TextQuoteSelector' }) | { type: 'TextPositionSelector'; start: number; end: number };

/** One passage as the model's Annotation (§3.1), as it sits in a page (its @context is the collection's). */
export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: string | string[];
  created: string;
  modified: string;
  creator?: { id: string; type: 'Person'; name: string };
  body?: TextualBody[];
  target: {
    type: 'SpecificResource';
    source: { id: string; type: 'Text'; label: string; language?: string };
    selector: AnnotationSelector[];
  };
}

/** The whole export (§5.1), its one page embedded (§5.2). */
export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Annotations built between two progress reports. */
const PROGRESS_EVERY = 5_000;

/** The passages as a JSON-LD Web Annotation collection (UTF-8, media type application/ld+json with the anno.jsonld profile). */
export const writeWebAnnotations: FormatWriter = async (project, _options, progress) => {
  progress(0);
  const collection = webAnnotationCollection(project, (done) => progress((0.8 * done) / Math.max(1, project.passages.length)));
  progress(0.8);
  const json = JSON.stringify(collection, null, 2);
  progress(0.9);
  const bytes = new TextEncoder().encode(`${json}\n`);
  progress(1);
  return bytes;
};

/**
 * The collection as plain data. The page is embedded (§5.1 allows `first` to
 * be the page itself) and is left out when there is no passage, as the model
 * asks for a first page only when the collection has annotations. A passage
 * whose document is not in the project has no target and is left out.
 */
export function webAnnotationCollection(project: ProjectData, progress: (annotations: number) => void = () => {}): AnnotationCollection {
  const index = indexProject(project);
  const converters = new Map<string, (offset: number) => number>();
  const items: Annotation[] = [];
  project.passages.forEach((passage, at) => {
    const document = index.documentOf(passage.documentId);
    if (document !== undefined) {
      let toCodePoints = converters.get(document.id);
      if (toCodePoints === undefined) converters.set(document.id, (toCodePoints = codePointOffsets(document.text)));
      items.push(annotationOf(project, document, passage, index.tagsOf(passage.tagIds).map((tag) => tag.path), toCodePoints));
    }
    if ((at + 1) % PROGRESS_EVERY === 0) progress(at + 1);
  });
  const id = nameUrn(`collection:${project.title}:${project.exportedAt}`);
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: project.title,
    total: items.length,
    ...(items.length > 0 ? { first: { id: nameUrn(`${id}:page:1`), type: 'AnnotationPage' as const, startIndex: 0 as const, items } } : {}),
  };
}

function annotationOf(project: ProjectData, document: ProjectDocument, passage: ProjectPassage, tags: string[], toCodePoints: (offset: number) => number): Annotation {
  const body: TextualBody[] = tags.map((path) => ({ type: 'TextualBody', purpose: 'tagging', value: path, format: 'text/plain' }));
  if (passage.note.trim() !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: passage.note, format: 'text/markdown' });
  const motivations = [...(tags.length > 0 ? ['tagging'] : []), ...(passage.note.trim() !== '' ? ['commenting'] : [])];
  const user = project.user;
  return {
    id: idUrn('passage', passage.id),
    type: 'Annotation',
    motivation: motivations.length === 0 ? 'highlighting' : motivations.length === 1 ? motivations[0]! : motivations,
    created: utc(passage.createdAt),
    modified: utc(passage.updatedAt),
    ...(user.name.trim() !== '' ? { creator: { id: idUrn('user', user.id), type: 'Person' as const, name: user.name } } : {}),
    ...(body.length > 0 ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: {
        id: sourceIri(document),
        type: 'Text',
        label: document.title,
        ...(document.language ? { language: document.language } : {}),
      },
      selector: selectorsOf(document, passage, toCodePoints),
    },
  };
}

/** Quote first (it survives edits to the text), then position; an orphaned passage keeps only its stored quote. */
function selectorsOf(document: ProjectDocument, passage: ProjectPassage, toCodePoints: (offset: number) => number): AnnotationSelector[] {
  const { anchor } = passage;
  if (anchor === null) return [{ ...passage.quote, type: 'TextQuoteSelector' }];
  const described = describeRange(document.text, anchor.start, anchor.end);
  const quote: TextQuoteSelector = described.ok
    ? described.value.quote
    : { type: 'TextQuoteSelector', exact: document.text.slice(anchor.start, anchor.end), prefix: '', suffix: '' };
  return [quote, { type: 'TextPositionSelector', start: toCodePoints(anchor.start), end: toCodePoints(anchor.end) }];
}

/** The article's web address when it has one that parses as an absolute address, else a URN of its id. */
function sourceIri(document: ProjectDocument): string {
  if (document.url !== null && URL.canParse(document.url) && !/\s/.test(document.url)) return document.url;
  return idUrn('document', document.id);
}

/** A URN for a Scholia id: the id itself when it is a UUID (as the app makes them), else a UUID derived from it. */
function idUrn(kind: string, id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : nameUrn(`${kind}:${id}`);
}

/** The namespace Scholia's name-based UUIDs are made in (a random UUID, fixed once). */
const SCHOLIA_NAMESPACE = 'f0c3a0de-54a2-4a43-9d0b-6f1f4b3c2a91';

/** A name-based UUID (RFC 9562 version 5: SHA-1 of namespace and name) as a URN: the same name always gives the same identifier. */
function nameUrn(name: string): string {
  const hash = createHash('sha1').update(Buffer.from(SCHOLIA_NAMESPACE.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The model wants xsd:dateTime in UTC with "Z"; Scholia's times already are, this keeps any other ISO form right too. */
function utc(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : time.toISOString();
}
