/**
 * The Web Annotation Data Model's requirements (W3C Recommendation, 23
 * February 2017) on what Scholia writes, as checks: each returns what breaks
 * a MUST (and the few SHOULDs named so), with the section it comes from, so a
 * failing test says which rule an export broke. Written from the spec's
 * statements, not from the exporter, so they can disagree with it.
 */

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: Json): Json[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
/** An IRI: absolute (it has a scheme), no spaces; URNs included. */
const isIri = (value: Json): boolean => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(value) && !/\s/.test(value) && URL.canParse(value);
/** §3.3.1: "The datetime MUST be a xsd:dateTime with the UTC timezone expressed as "Z"." */
const isUtcDateTime = (value: Json): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) && !Number.isNaN(Date.parse(value));
const isNonNegativeInteger = (value: Json): boolean => Number.isInteger(value) && (value as number) >= 0;
const hasType = (value: Record<string, Json>, type: string) => asList(value.type).includes(type);

/** §3.3.5: the motivations the model defines (the Motivation instances). */
export const MOTIVATIONS = new Set([
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging',
]);

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Problems of the collection itself and of its embedded first page (§5.1, §5.2). */
export function collectionProblems(collection: Json): string[] {
  if (!isObject(collection)) return ['the collection is not a JSON object'];
  const problems: string[] = [];
  // §5.1 @context: "The Annotation Collection MUST have 1 or more @context values and http://www.w3.org/ns/anno.jsonld MUST be one of them.
  // If there is only one value, then it MUST be provided as a string."
  const context = collection['@context'];
  if (!asList(context).includes(ANNO_CONTEXT)) problems.push('§5.1 @context MUST include the anno.jsonld context');
  if (Array.isArray(context) && context.length === 1) problems.push('§5.1 a single @context MUST be a string');
  // §5.1 id: "An Annotation Collection MUST have exactly 1 IRI that identifies it."
  if (!isIri(collection.id)) problems.push('§5.1 id MUST be exactly 1 IRI');
  // §5.1 type: "The Annotation Collection MUST have 1 or more types and the AnnotationCollection class MUST be one of them."
  if (!hasType(collection, 'AnnotationCollection')) problems.push('§5.1 type MUST include AnnotationCollection');
  // §5.1 label SHOULD, total: when present its value MUST be a non-negative integer.
  if (typeof collection.label !== 'string') problems.push('§5.1 label SHOULD be a string');
  if (collection.total !== undefined && !isNonNegativeInteger(collection.total)) problems.push('§5.1 total MUST be a non-negative integer');
  // §5.1 first: a collection MUST have exactly 1 first page if it has any Annotations.
  const page = collection.first;
  if (collection.total !== 0 && page === undefined) problems.push('§5.1 a collection with annotations MUST have a first page');
  if (page === undefined) return problems;
  if (Array.isArray(page) || !(isIri(page) || isObject(page))) return [...problems, '§5.1 first MUST be exactly 1 page'];
  if (!isObject(page)) return problems;
  // §5.2 id and type: an Annotation Page MUST have exactly 1 IRI, and AnnotationPage MUST be one of its types.
  if (!isIri(page.id)) problems.push('§5.2 the page id MUST be exactly 1 IRI');
  if (!hasType(page, 'AnnotationPage')) problems.push('§5.2 the page type MUST include AnnotationPage');
  // §5.2 items: exactly 1 list of the page's Annotations; startIndex, when present, MUST be a non-negative integer.
  if (!Array.isArray(page.items) || page.items.length === 0) problems.push('§5.2 items MUST be exactly 1 list of annotations');
  if (page.startIndex !== undefined && !isNonNegativeInteger(page.startIndex)) problems.push('§5.2 startIndex MUST be a non-negative integer');
  if (Array.isArray(page.items) && collection.total !== undefined && page.items.length !== collection.total) problems.push('§5.1 total MUST count the annotations');
  return problems;
}

/** Problems of one annotation (§3, §4), which sits in a page and so takes its @context from the collection. */
export function annotationProblems(annotation: Json): string[] {
  if (!isObject(annotation)) return ['the annotation is not a JSON object'];
  const problems: string[] = [];
  // §3.1 id: "An Annotation MUST have exactly 1 IRI that identifies it."
  if (!isIri(annotation.id)) problems.push('§3.1 id MUST be exactly 1 IRI');
  // §3.1 type: "An Annotation MUST have 1 or more types, and the Annotation class MUST be one of them."
  if (!hasType(annotation, 'Annotation')) problems.push('§3.1 type MUST include Annotation');
  // §3.3.1 created, modified: when present, xsd:dateTime in UTC with "Z".
  for (const key of ['created', 'modified'] as const) {
    if (annotation[key] !== undefined && !isUtcDateTime(annotation[key])) problems.push(`§3.3.1 ${key} MUST be an xsd:dateTime in UTC ("Z")`);
  }
  // §3.3.2 creator: an agent, by IRI or as an object; a Person SHOULD have a name.
  for (const creator of asList(annotation.creator)) {
    if (!(isIri(creator) || (isObject(creator) && (creator.id === undefined || isIri(creator.id))))) problems.push('§3.3.2 creator MUST be an IRI or an agent');
  }
  // §3.3.5 motivation: SHOULD be at least one, from the model's Motivations.
  const motivations = asList(annotation.motivation);
  if (motivations.length === 0) problems.push('§3.3.5 there SHOULD be a motivation');
  for (const motivation of motivations) if (typeof motivation !== 'string' || !MOTIVATIONS.has(motivation)) problems.push(`§3.3.5 unknown motivation ${String(motivation)}`);
  // §3.2.6: "The body relationship is omitted when there is no Body"; §3.2.4 a Textual Body MUST have exactly 1 value.
  if (Array.isArray(annotation.body) && annotation.body.length === 0) problems.push('§3.2.6 body MUST be omitted when there is none');
  for (const body of asList(annotation.body)) problems.push(...bodyProblems(body));
  // §3.1 target: "There MUST be 1 or more target relationships associated with an Annotation."
  const targets = asList(annotation.target);
  if (targets.length === 0) problems.push('§3.1 there MUST be 1 or more targets');
  for (const target of targets) problems.push(...targetProblems(target));
  return problems;
}

function bodyProblems(body: Json): string[] {
  if (!isObject(body)) return isIri(body) ? [] : ['§3.2 a body MUST be an IRI or a resource'];
  const problems: string[] = [];
  if (hasType(body, 'TextualBody')) {
    if (typeof body.value !== 'string') problems.push('§3.2.4 a Textual Body MUST have exactly 1 value');
    if (body.format !== undefined && (typeof body.format !== 'string' || !/^[a-z]+\/[a-z0-9.+-]+$/i.test(body.format))) problems.push('§3.2.1 format SHOULD be a media type');
  }
  // §3.3.5 purpose: from the same Motivations.
  for (const purpose of asList(body.purpose)) if (typeof purpose !== 'string' || !MOTIVATIONS.has(purpose)) problems.push(`§3.3.5 unknown purpose ${String(purpose)}`);
  return problems;
}

function targetProblems(target: Json): string[] {
  if (isIri(target)) return [];
  if (!isObject(target)) return ['§3.2 a target MUST be an IRI or a resource'];
  if (target.source === undefined) return isIri(target.id) ? [] : ['§3.2.1 a target resource MUST have an IRI'];
  const problems: string[] = [];
  // §4: "There MUST be exactly 1 source relationship associated with a Specific Resource", the source identified by an IRI.
  const source = target.source;
  if (Array.isArray(source) || !(isIri(source) || (isObject(source) && isIri(source.id)))) problems.push('§4 a Specific Resource MUST have exactly 1 source, with an IRI');
  for (const selector of asList(target.selector)) problems.push(...selectorProblems(selector));
  return problems;
}

function selectorProblems(selector: Json): string[] {
  if (!isObject(selector)) return isIri(selector) ? [] : ['§4.2 a selector MUST be an IRI or a resource'];
  const problems: string[] = [];
  if (selector.type === 'TextQuoteSelector') {
    // §4.2.4 exact: "Each TextQuoteSelector MUST have exactly 1 exact property"; prefix and suffix MUST NOT appear more than once.
    if (typeof selector.exact !== 'string') problems.push('§4.2.4 exact MUST be exactly 1 string');
    for (const key of ['prefix', 'suffix'] as const) if (selector[key] !== undefined && typeof selector[key] !== 'string') problems.push(`§4.2.4 ${key} MUST NOT be more than 1 string`);
  } else if (selector.type === 'TextPositionSelector') {
    // §4.2.5 start, end: exactly 1 each, and "the value MUST be a non-negative integer".
    if (!isNonNegativeInteger(selector.start) || !isNonNegativeInteger(selector.end)) problems.push('§4.2.5 start and end MUST be non-negative integers');
    if (isNonNegativeInteger(selector.start) && isNonNegativeInteger(selector.end) && (selector.start as number) > (selector.end as number)) problems.push('§4.2.5 start is after end');
  } else if (Array.isArray(selector.type) || typeof selector.type !== 'string') {
    problems.push('§4.2 a selector MUST have exactly 1 type');
  }
  return problems;
}
