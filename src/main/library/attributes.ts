/**
 * Document attributes (what QDA tools call case attributes or document
 * variables): defined once for the notebook with a type, valued per
 * document, set on many documents at once. Definitions live in a small file
 * of their own; values with the documents. Every change can be undone.
 */
import type { Attribute, AttributeType, AttributeValue, DocumentSummary } from '../../shared/model';
import { ScholiaFailure } from '../../shared/result';
import type { ChangeFeed } from '../changes/change-feed';
import type { AttributesFile } from '../store/schema';
import type { TransactionalFile } from '../store/transactional-file';
import type { Library } from './library';

export const MAX_ATTRIBUTES = 100;
export const MAX_CHOICES = 100;
export const MAX_ATTRIBUTE_NAME = 80;
export const MAX_TEXT_VALUE = 1_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface AttributeDefinition {
  name: string;
  type: AttributeType;
  choices?: string[];
}

interface Collaborators {
  file: TransactionalFile<AttributesFile>;
  library: Library;
  feed: ChangeFeed;
  now: () => Date;
  newId: () => string;
}

export class Attributes {
  constructor(private readonly deps: Collaborators) {}

  list(): Attribute[] {
    return [...this.deps.file.data.attributes];
  }

  get(id: string): Attribute {
    const attribute = this.deps.file.data.attributes.find((a) => a.id === id);
    if (!attribute) throw new ScholiaFailure('not-found', 'That attribute is not defined in this notebook.');
    return attribute;
  }

  async define(definition: AttributeDefinition): Promise<Attribute> {
    const name = checkName(definition.name);
    const choices = checkChoices(definition.type, definition.choices ?? []);
    const attribute: Attribute = { id: this.deps.newId(), name, type: definition.type, choices, createdAt: this.deps.now().toISOString() };
    await this.deps.file.update((file) => {
      if (file.attributes.length >= MAX_ATTRIBUTES) throw new ScholiaFailure('invalid-input', `A notebook can have at most ${MAX_ATTRIBUTES} attributes.`);
      refuseDuplicateName(file.attributes, name, null);
      file.attributes.push(attribute);
    });
    this.publishDefinition(attribute.name, [attribute.id], {
      revert: () => this.writeDefinitions((list) => list.filter((a) => a.id !== attribute.id)),
      redo: () => this.writeDefinitions((list) => [...list.filter((a) => a.id !== attribute.id), attribute]),
    });
    return attribute;
  }

  /** Renames an attribute, or changes a list's choices (a value no longer listed is kept, and shown as it is). */
  async update(id: string, changes: { name?: string; choices?: string[] }): Promise<Attribute> {
    const current = this.get(id);
    const name = changes.name === undefined ? current.name : checkName(changes.name);
    const choices = changes.choices === undefined ? current.choices : checkChoices(current.type, changes.choices);
    const after: Attribute = { ...current, name, choices };
    await this.deps.file.update((file) => {
      refuseDuplicateName(file.attributes, name, id);
      file.attributes = file.attributes.map((a) => (a.id === id ? after : a));
    });
    const put = (attribute: Attribute) => this.writeDefinitions((list) => list.map((a) => (a.id === id ? attribute : a)));
    this.publishDefinition(current.name, [id], { revert: () => put(current), redo: () => put(after) });
    return after;
  }

  /** Removes an attribute and every document's value for it. */
  async delete(id: string): Promise<{ documentsChanged: number }> {
    const attribute = this.get(id);
    const index = this.deps.file.data.attributes.indexOf(attribute);
    const values = new Map<string, AttributeValue>();
    const take = async () => {
      values.clear();
      const changed = await this.deps.library.updateMany((document) => {
        if (!Object.hasOwn(document.attributes, id)) return false;
        values.set(document.id, document.attributes[id]!);
        document.attributes = withoutKey(document.attributes, id);
        return true;
      });
      await this.writeDefinitions((list) => list.filter((a) => a.id !== id));
      return changed;
    };
    const changed = await take();
    this.deps.feed.publish(this.changes(changed, [id]), {
      label: `delete attribute ${attribute.name}`,
      documentId: null,
      revert: async () => {
        const saved = new Map(values);
        await this.writeDefinitions((list) => [...list.slice(0, index), attribute, ...list.slice(index)]);
        const restored = await this.deps.library.updateMany((document) => {
          if (!saved.has(document.id)) return false;
          document.attributes = { ...document.attributes, [id]: saved.get(document.id)! };
          return true;
        });
        this.deps.feed.publish(this.changes(restored, [id]));
      },
      redo: async () => void this.deps.feed.publish(this.changes(await take(), [id])),
    });
    return { documentsChanged: changed.length };
  }

  /** Gives documents a value of an attribute (null clears it), in one write. */
  async set(documentIds: readonly string[], attributeId: string, value: AttributeValue | null): Promise<{ documentsChanged: number }> {
    const attribute = this.get(attributeId);
    const checked = value === null ? null : checkValue(attribute, value);
    const wanted = new Set(documentIds);
    const missing = [...wanted].filter((id) => !this.deps.library.has(id)).length;
    if (missing > 0) throw new ScholiaFailure('not-found', `${missing === 1 ? 'A document is' : `${missing.toLocaleString()} documents are`} no longer in this notebook.`);
    const before = new Map<string, AttributeValue | null>();
    const write = (valueOf: (id: string) => AttributeValue | null) =>
      this.deps.library.updateMany((document) => {
        if (!wanted.has(document.id)) return false;
        const next = valueOf(document.id);
        const rest = withoutKey(document.attributes, attributeId);
        document.attributes = next === null ? rest : { ...rest, [attributeId]: next };
        return true;
      });
    for (const document of this.deps.library.summaries([...wanted])) before.set(document.id, document.attributes[attributeId] ?? null);
    const changed = await write(() => checked);
    this.deps.feed.publish(this.changes(changed, []), {
      label: `set ${attribute.name} on ${changed.length === 1 ? `“${changed[0]!.title.slice(0, 50)}”` : `${changed.length} documents`}`,
      documentId: changed.length === 1 ? changed[0]!.id : null,
      revert: async () => void this.deps.feed.publish(this.changes(await write((id) => before.get(id) ?? null), [])),
      redo: async () => void this.deps.feed.publish(this.changes(await write(() => checked), [])),
    });
    return { documentsChanged: changed.length };
  }

  private async writeDefinitions(change: (list: Attribute[]) => Attribute[]): Promise<void> {
    await this.deps.file.update((file) => {
      file.attributes = change(file.attributes);
    });
  }

  private publishDefinition(name: string, ids: string[], steps: { revert: () => Promise<void>; redo: () => Promise<void> }): void {
    const announce = (run: () => Promise<void>) => async () => {
      await run();
      this.deps.feed.publish([{ scope: 'attributes', ids }]);
    };
    this.deps.feed.publish([{ scope: 'attributes', ids }], {
      label: `change attribute ${name}`,
      documentId: null,
      revert: announce(steps.revert),
      redo: announce(steps.redo),
    });
  }

  private changes(documents: readonly DocumentSummary[], attributeIds: string[]) {
    return [
      ...(documents.length > 0 ? [{ scope: 'documents' as const, kind: 'updated' as const, documents, fields: ['attributes' as const] }] : []),
      ...(attributeIds.length > 0 ? [{ scope: 'attributes' as const, ids: attributeIds }] : []),
    ];
  }
}

function checkName(value: string): string {
  const name = value.replace(/\s+/g, ' ').trim();
  if (name === '') throw new ScholiaFailure('invalid-input', 'An attribute needs a name.');
  if (name.length > MAX_ATTRIBUTE_NAME) throw new ScholiaFailure('invalid-input', `An attribute's name can be at most ${MAX_ATTRIBUTE_NAME} characters.`);
  return name;
}

function refuseDuplicateName(attributes: readonly Attribute[], name: string, exceptId: string | null): void {
  const clash = attributes.find((a) => a.id !== exceptId && a.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (clash) throw new ScholiaFailure('invalid-input', `There is already an attribute called “${clash.name}”.`);
}

function checkChoices(type: AttributeType, values: readonly string[]): string[] {
  if (type !== 'choice') {
    if (values.length > 0) throw new ScholiaFailure('invalid-input', 'Only an attribute of type “one of a list” has choices.');
    return [];
  }
  const choices = [...new Set(values.map((value) => value.replace(/\s+/g, ' ').trim()).filter((value) => value !== ''))];
  if (choices.length === 0) throw new ScholiaFailure('invalid-input', 'List at least one choice, such as “wire | state media | independent”.');
  if (choices.length > MAX_CHOICES) throw new ScholiaFailure('invalid-input', `A list can have at most ${MAX_CHOICES} choices.`);
  if (choices.some((choice) => choice.length > MAX_ATTRIBUTE_NAME)) throw new ScholiaFailure('invalid-input', `A choice can be at most ${MAX_ATTRIBUTE_NAME} characters.`);
  return choices;
}

/** A value as stored for the attribute, or a refusal saying what the attribute takes. */
export function checkValue(attribute: Attribute, value: AttributeValue): AttributeValue {
  const refuse = (what: string) => new ScholiaFailure('invalid-input', `“${attribute.name}” takes ${what}; ${JSON.stringify(value).slice(0, 40)} is not one.`);
  switch (attribute.type) {
    case 'text':
      if (typeof value !== 'string') throw refuse('text');
      if (value.length > MAX_TEXT_VALUE) throw new ScholiaFailure('invalid-input', `A text value can be at most ${MAX_TEXT_VALUE} characters.`);
      return value.trim();
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw refuse('a number');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw refuse('yes or no');
      return value;
    case 'date':
      if (typeof value !== 'string' || !DATE.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw refuse('a date (year-month-day)');
      return value;
    case 'choice':
      if (typeof value !== 'string' || !attribute.choices.includes(value)) throw refuse(`one of ${attribute.choices.map((c) => `“${c}”`).join(', ')}`);
      return value;
  }
}

function withoutKey<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}
