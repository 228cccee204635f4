/**
 * A CodeBook's Codes as Scholia's tags: nesting becomes parents, colours and
 * Descriptions carry over, a code's NoteRefs become memos about its tag.
 * Names are made valid tag names (no "/", which Scholia reads as nesting; at
 * most 80 characters; unique among siblings), codes other tools mark as not
 * codable (categories) become ordinary tags, a code without a colour gets
 * one from Scholia's palette, and codes nested deeper than Scholia allows
 * are moved up to its deepest level.
 */
import { nextTagColor } from '../../coding/tag-colors';
import type { ProjectTag } from '../project-data';
import type { NoteLink } from './note-links';
import { clipped, type ReadContext } from './read-context';
import { MAX_TAG_DEPTH, MAX_TAG_NAME_LENGTH, MAX_TAGS } from './refi-limits';
import { RefiQdaError } from './refi-qda-error';
import { childrenNamed, type XmlElement } from './xml-tree';

/** The tags of a codebook and the memos its codes point to. */
export interface CodesRead {
  /** Parents before children, depth first, as the file nests them. */
  tags: ProjectTag[];
  /** The NoteRefs of codes, as memos about their tags. */
  noteLinks: NoteLink[];
}

/** A name Scholia accepts for a tag, unique among `siblings` (compared without letter case). */
export function tagNameFor(raw: string | undefined, siblings: ReadonlySet<string>, context: ReadContext, fallback = 'Untitled code'): string {
  const clean = (raw ?? '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s*\/\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
  const base = clipped(clean === '' ? fallback : clean, MAX_TAG_NAME_LENGTH, context.skipped, 'shortened-name');
  let name = base;
  for (let n = 2; siblings.has(name.toLocaleLowerCase()); n += 1) name = `${base.slice(0, MAX_TAG_NAME_LENGTH - 6)} (${n})`;
  return name;
}

/** A #rrggbb colour from the file's, or the palette's next when it has none Scholia can use. */
export function tagColorFor(raw: string | undefined, index: number): string {
  const color = raw?.trim() ?? '';
  if (/^#[0-9a-fA-F]{6}$/.test(color)) return color;
  if (/^#[0-9a-fA-F]{3}$/.test(color)) return `#${[...color.slice(1)].map((digit) => digit + digit).join('')}`.toLowerCase();
  return nextTagColor(index);
}

const CODE_PARTS = new Set(['Description', 'NoteRef', 'Code']);

/** Reads the Codes element of a CodeBook (absent: no tags); `createdAt` dates the tags, as codes carry no date. */
export function readCodes(codes: XmlElement | undefined, context: ReadContext, createdAt: string): CodesRead {
  const tags: ProjectTag[] = [];
  const noteLinks: NoteLink[] = [];
  const namesUnder = new Map<string | null, Set<string>>();

  const walk = (code: XmlElement, ancestors: readonly ProjectTag[]): void => {
    if (tags.length >= MAX_TAGS) throw new RefiQdaError(`${context.what} has more than ${MAX_TAGS.toLocaleString('en')} codes, more than a notebook can hold.`);
    const id = context.guids.claim(code);
    // Too deep a code moves up to the deepest level; its own children follow it there.
    const chain = ancestors.length >= MAX_TAG_DEPTH ? ancestors.slice(0, MAX_TAG_DEPTH - 1) : ancestors;
    if (chain !== ancestors) context.skipped.skip('deep-code');
    const parent = chain.at(-1) ?? null;
    const siblings = namesUnder.get(parent?.id ?? null) ?? new Set<string>();
    namesUnder.set(parent?.id ?? null, siblings);
    const name = tagNameFor(code.attributes['name'], siblings, context);
    siblings.add(name.toLocaleLowerCase());
    const description = childrenNamed(code, 'Description')[0]?.text.trim() ?? '';
    const tag: ProjectTag = {
      id,
      name,
      parentId: parent?.id ?? null,
      path: parent ? `${parent.path}/${name}` : name,
      color: tagColorFor(code.attributes['color'], tags.length),
      description,
      createdAt,
    };
    tags.push(tag);
    for (const part of code.children) {
      if (!CODE_PARTS.has(part.name)) context.skipped.unknownElement(part.name);
      else if (part.name === 'NoteRef') noteLinks.push({ ref: part, target: { kind: 'tag', id } });
    }
    for (const child of childrenNamed(code, 'Code')) walk(child, [...chain, tag]);
  };

  for (const child of codes?.children ?? []) {
    if (child.name === 'Code') walk(child, []);
    else context.skipped.unknownElement(child.name);
  }
  return { tags, noteLinks };
}
