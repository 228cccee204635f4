/**
 * Variables as Scholia's document attributes, and their values on sources.
 * A Scholia export's built-in Variables (known by their fixed GUIDs) go back
 * to the document fields they came from. Types map as: Text (a choice list
 * when its Description says so, see refi-format.ts), Integer and Float
 * (number), Boolean, Date, and DateTime (a date: Scholia's attributes have no
 * time of day). A value that does not fit its variable's type is left out;
 * a variable used only by cases is left out with the cases.
 */
import type { Attribute, AttributeValue } from '../../../shared/model';
import { clipText } from '../../importers/metadata-limits';
import { toLanguageTag } from '../../importers/language-tag';
import { toWebAddress } from '../../importers/web-address';
import { normalizeInline } from '../../text/normalize';
import type { ProjectDocument } from '../project-data';
import { isCalendarDate } from './qde-variables';
import { clipped, dangling, isoTime, targetOf, type ReadContext } from './read-context';
import { BUILT_IN_VARIABLES, choicesIn, type BuiltInField } from './refi-format';
import { MAX_ATTRIBUTE_NAME, MAX_ATTRIBUTES, MAX_CHOICES, MAX_DETAIL_LENGTH, MAX_TEXT_VALUE } from './refi-limits';
import { childNamed, type XmlElement } from './xml-tree';

interface VariableDefinition {
  id: string;
  name: string;
  typeOfVariable: string;
  /** For a built-in Variable, the document field it stands for. */
  field: BuiltInField | null;
  attribute: Attribute | null;
  onDocument: boolean;
  onCase: boolean;
}

const ATTRIBUTE_TYPES: Readonly<Record<string, Attribute['type']>> = { Text: 'text', Integer: 'number', Float: 'number', Boolean: 'boolean', Date: 'date', DateTime: 'date' };
const BUILT_IN_BY_ID = new Map(BUILT_IN_VARIABLES.map((variable) => [variable.guid, variable.field]));
const VALUE_ELEMENTS = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'];
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The file's Variables, as attributes and built-in fields, filled in as sources and cases give their values. */
export class VariableBook {
  private readonly definitions = new Map<string, VariableDefinition>();

  constructor(
    variables: XmlElement | undefined,
    private readonly context: ReadContext,
    createdAt: string,
  ) {
    const names = new Set<string>();
    for (const variable of variables?.children ?? []) {
      if (variable.name !== 'Variable') {
        context.skipped.unknownElement(variable.name);
        continue;
      }
      const id = context.guids.claim(variable);
      const field = BUILT_IN_BY_ID.get(id) ?? null;
      const typeOfVariable = variable.attributes['typeOfVariable'] ?? 'Text';
      const definition: VariableDefinition = { id, name: variable.attributes['name'] ?? '', typeOfVariable, field, attribute: null, onDocument: false, onCase: false };
      if (field === null) definition.attribute = this.attributeOf(id, variable, typeOfVariable, names, createdAt);
      this.definitions.set(id, definition);
    }
  }

  private attributeOf(id: string, variable: XmlElement, typeOfVariable: string, names: Set<string>, createdAt: string): Attribute {
    const choices = typeOfVariable === 'Text' ? choicesIn(childNamed(variable, 'Description')?.text ?? '') : null;
    const base = clipped(normalizeInline(variable.attributes['name'] ?? '') || 'Variable', MAX_ATTRIBUTE_NAME, this.context.skipped, 'shortened-name');
    let name = base;
    for (let n = 2; names.has(name.toLocaleLowerCase()); n += 1) name = `${base.slice(0, MAX_ATTRIBUTE_NAME - 6)} (${n})`;
    names.add(name.toLocaleLowerCase());
    return { id, name, type: choices ? 'choice' : (ATTRIBUTE_TYPES[typeOfVariable] ?? 'text'), choices: (choices ?? []).slice(0, MAX_CHOICES), createdAt };
  }

  /** Applies a VariableValue of a source to its document; `onCase` marks a value read from a case. */
  apply(value: XmlElement, document: ProjectDocument | null): void {
    const refElement = childNamed(value, 'VariableRef');
    if (!refElement) return;
    const definition = this.definitions.get(targetOf(refElement, this.context.what));
    if (!definition) dangling(refElement, this.context.what);
    if (!document) {
      definition.onCase = true;
      return;
    }
    definition.onDocument = true;
    const raw = VALUE_ELEMENTS.map((name) => childNamed(value, name)).find((element) => element !== undefined);
    if (!raw) return;
    if (definition.field !== null) this.setField(document, definition.field, raw.text);
    else if (definition.attribute) this.setAttribute(document, definition.attribute, raw);
  }

  private setField(document: ProjectDocument, field: BuiltInField, text: string): void {
    if (field === 'source') document.source = clipText(text, MAX_DETAIL_LENGTH);
    else if (field === 'byline') document.byline = clipText(text, MAX_DETAIL_LENGTH) || null;
    else if (field === 'url') document.url = toWebAddress(text);
    else if (field === 'language') document.language = toLanguageTag(text);
    else document.publishedAt = isoTime(text, '') || null;
  }

  private setAttribute(document: ProjectDocument, attribute: Attribute, raw: XmlElement): void {
    const value = this.valueOf(attribute, raw);
    if (value === null) {
      this.context.skipped.skip('mismatched-value');
      return;
    }
    if (attribute.type === 'choice' && typeof value === 'string' && !attribute.choices.includes(value) && attribute.choices.length < MAX_CHOICES) attribute.choices.push(value);
    document.attributes[attribute.id] = value;
  }

  private valueOf(attribute: Attribute, raw: XmlElement): AttributeValue | null {
    const text = raw.text.trim();
    switch (attribute.type) {
      case 'number':
        return DECIMAL.test(text) && Number.isFinite(Number(text)) ? Number(text) : null;
      case 'boolean':
        return ['true', '1'].includes(text.toLowerCase()) ? true : ['false', '0'].includes(text.toLowerCase()) ? false : null;
      case 'date': {
        const date = text.slice(0, 10);
        if (!isCalendarDate(date)) return null;
        if (text.length > 10) this.context.skipped.skip('time-of-day');
        return date;
      }
      default:
        return clipped(raw.text, MAX_TEXT_VALUE, this.context.skipped, 'shortened-value');
    }
  }

  /**
   * The attributes to create: every variable but the built-in ones and those
   * only cases use, up to the notebook's limit; values of the ones beyond it
   * are taken off the documents.
   */
  attributes(documents: readonly ProjectDocument[]): Attribute[] {
    const kept: Attribute[] = [];
    for (const definition of this.definitions.values()) {
      if (!definition.attribute) continue;
      if (definition.onCase && !definition.onDocument) {
        this.context.skipped.skip('case-variable');
        continue;
      }
      if (kept.length < MAX_ATTRIBUTES) kept.push(definition.attribute);
      else {
        this.context.skipped.skip('extra-variable');
        for (const document of documents) delete document.attributes[definition.attribute.id];
      }
    }
    return kept;
  }
}
