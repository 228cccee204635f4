/**
 * An untrusted XML file as a small tree of elements. A document type
 * declaration is refused before anything is parsed: REFI-QDA never needs
 * one, and it is how a file makes a reader fetch outside files or expand an
 * entity into gigabytes. The parser is told to expand nothing; the five
 * predefined entities and character references are decoded here, and any
 * other entity, any character XML 1.0 forbids, broken nesting, or a second
 * root is a refusal.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MAX_XML_ELEMENTS } from './refi-limits';
import { RefiQdaError } from './refi-qda-error';
import { xmlSafe } from './xml-writing';

/** One element of a parsed file, with nothing of the parser's own shape left. */
export interface XmlElement {
  /** The local name; an element of another namespace than its file's is "{namespace}name", so no reader mistakes it for its own. */
  name: string;
  /** Attributes by name, values decoded. */
  attributes: Readonly<Record<string, string>>;
  children: XmlElement[];
  /** The element's own text and CDATA, decoded; its children's text is theirs. */
  text: string;
}

/** A parsed file: its root element and the namespace it is in. */
export interface XmlDocument {
  root: XmlElement;
  /** The root element's namespace, or null when it declares none. */
  namespace: string | null;
}

type OrderedNode = Record<string, unknown>;

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
});

function decodeReferences(raw: string, what: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new RefiQdaError(`${what} is not well-formed XML: a "&" starts no reference.`);
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      const valid = /^#(x[0-9a-fA-F]{1,6}|[0-9]{1,7})$/.test(body) && code <= 0x10ffff && xmlSafe(String.fromCodePoint(code)) !== '';
      if (!valid) throw new RefiQdaError(`${what} is not well-formed XML: "${whole.slice(0, 20)}" names no character XML allows.`);
      return String.fromCodePoint(code);
    }
    const predefined = PREDEFINED[body];
    if (predefined === undefined) throw new RefiQdaError(`${what} uses an entity it does not declare ("${whole.slice(0, 40)}"); Scholia does not read entities.`);
    return predefined;
  });
}

function refuseUnsafeShape(xml: string, what: string): void {
  // A DOCTYPE can only appear as markup: in text it would be escaped. Refusing the string anywhere is the safe side.
  if (/<!DOCTYPE/i.test(xml)) {
    throw new RefiQdaError(`${what} declares a document type (DOCTYPE). REFI-QDA files never need one, and it can make a reader fetch or expand hidden content, so Scholia does not read such files.`);
  }
  if (xmlSafe(xml) !== xml) throw new RefiQdaError(`${what} is not well-formed XML: it holds characters XML does not allow.`);
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) throw new RefiQdaError(`${what} is not well-formed XML (line ${verdict.err.line}: ${verdict.err.msg})`);
}

interface Scope {
  namespaces: ReadonlyMap<string, string>;
}

/** Turns the parser's ordered nodes into elements, resolving namespaces against the root's. */
class TreeBuilder {
  private count = 0;
  rootNamespace: string | null = null;

  constructor(private readonly what: string) {}

  element(tag: string, node: OrderedNode, scope: Scope): XmlElement {
    this.count += 1;
    if (this.count > MAX_XML_ELEMENTS) throw new RefiQdaError(`${this.what} holds more than ${MAX_XML_ELEMENTS.toLocaleString('en')} elements; Scholia does not read a file that large.`);
    const raw = (node[':@'] ?? {}) as Record<string, string>;
    let namespaces: ReadonlyMap<string, string> = scope.namespaces;
    let declared: Map<string, string> | null = null;
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(raw)) {
      // Attribute values are normalized as XML says: a literal line break or tab is a space.
      const decoded = decodeReferences(value.replace(/[\t\n]/g, ' '), this.what);
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) {
        attributes[name] = decoded;
        continue;
      }
      // Declarations are rare: the scope is copied only where one is made.
      declared ??= new Map(scope.namespaces);
      declared.set(name === 'xmlns' ? '' : name.slice(6), decoded);
      namespaces = declared;
    }
    const colon = tag.indexOf(':');
    const prefix = colon === -1 ? '' : tag.slice(0, colon);
    const local = colon === -1 ? tag : tag.slice(colon + 1);
    const namespace = namespaces.get(prefix) ?? null;
    if (this.count === 1) this.rootNamespace = namespace;
    const name = namespace === this.rootNamespace ? local : `{${namespace ?? ''}}${local}`;
    const result: XmlElement = { name, attributes, children: [], text: '' };
    for (const child of (node[tag] as OrderedNode[] | undefined) ?? []) {
      if ('#text' in child) result.text += decodeReferences(String(child['#text']), this.what);
      else if ('#cdata' in child) result.text += ((child['#cdata'] as OrderedNode[] | undefined) ?? []).map((part) => String(part['#text'] ?? '')).join('');
      else {
        const childTag = Object.keys(child).find((key) => key !== ':@');
        if (childTag !== undefined) result.children.push(this.element(childTag, child, { namespaces }));
      }
    }
    return result;
  }
}

/** Parses `xml`; `what` names the file in messages ("project.qde in “study.qdpx”"). */
export function parseXml(input: string, what: string): XmlDocument {
  // Line breaks are normalized before parsing, as every XML reader does; "\r" written as a reference survives.
  const xml = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  refuseUnsafeShape(xml, what);
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(xml) as OrderedNode[];
  } catch (error) {
    throw new RefiQdaError(`${what} cannot be read as XML (${error instanceof Error ? error.message : String(error)}).`);
  }
  const elements = nodes.filter((node) => !('#text' in node));
  const strayText = nodes.some((node) => '#text' in node && String(node['#text']).trim() !== '');
  if (elements.length !== 1 || strayText) throw new RefiQdaError(`${what} is not well-formed XML: it must hold exactly one root element.`);
  const builder = new TreeBuilder(what);
  const [node] = elements as [OrderedNode];
  const tag = Object.keys(node).find((key) => key !== ':@')!;
  const root = builder.element(tag, node, { namespaces: new Map() });
  return { root, namespace: builder.rootNamespace };
}

/** The children of `parent` called `name`. */
export const childrenNamed = (parent: XmlElement | undefined, name: string): XmlElement[] => parent?.children.filter((child) => child.name === name) ?? [];

/** The first child of `parent` called `name`. */
export const childNamed = (parent: XmlElement | undefined, name: string): XmlElement | undefined => parent?.children.find((child) => child.name === name);
