/**
 * Attributes and the built-in document fields as REFI-QDA Variables, and each
 * document's values of them as VariableValues on its TextSource.
 */
import type { Attribute, AttributeValue } from '../../../shared/model';
import type { ProjectData, ProjectDocument } from '../project-data';
import { decimalText } from './decimal-text';
import { guidOf } from './guid';
import { BUILT_IN_VARIABLES, builtInValue, choicesDescription, type BuiltInVariable } from './refi-format';
import { element, textElement } from './xml-writing';

type VariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

interface PlannedVariable {
  guid: string;
  name: string;
  type: VariableType;
  description: string;
}

/** The Variables of an export, planned once from every document's values. */
export interface VariablesPlan {
  /** The Variables element, or '' when there is none. */
  definitions: string;
  /** A document's VariableValue elements. */
  valuesOf(document: ProjectDocument): string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date as "YYYY-MM-DD" (xsd:date refuses 2023-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.toISOString().startsWith(value);
}

const ATTRIBUTE_TYPES = { text: 'Text', choice: 'Text', date: 'Date', boolean: 'Boolean', number: 'Float' } as const;

/** Whole numbers stay Integer for other tools' sake (an age, a page count); any fraction makes the variable Float. */
function typeOf(attribute: Attribute, documents: readonly ProjectDocument[]): VariableType {
  if (attribute.type !== 'number') return ATTRIBUTE_TYPES[attribute.type];
  const values = documents.map((document) => document.attributes[attribute.id]).filter((value) => typeof value === 'number');
  return values.every((value) => Number.isSafeInteger(value)) ? 'Integer' : 'Float';
}

/** The value element for `value`, or null when the value does not fit the variable's type. */
function valueElement(type: VariableType, value: AttributeValue): string | null {
  switch (type) {
    case 'Text':
      return typeof value === 'string' ? textElement('TextValue', {}, value) : null;
    case 'Boolean':
      return typeof value === 'boolean' ? textElement('BooleanValue', {}, String(value)) : null;
    case 'Integer':
    case 'Float': {
      const digits = typeof value === 'number' ? decimalText(value) : null;
      return digits === null ? null : textElement(`${type}Value`, {}, digits);
    }
    case 'Date':
      return typeof value === 'string' && isCalendarDate(value) ? textElement('DateValue', {}, value) : null;
    case 'DateTime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? textElement('DateTimeValue', {}, value) : null;
  }
}

function variableValue(variable: PlannedVariable, value: AttributeValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  const content = valueElement(variable.type, value);
  return content === null ? '' : element('VariableValue', {}, [element('VariableRef', { targetGUID: variable.guid }), content]);
}

/** A built-in field is written only when some document has it; its name gives way to an attribute of the same name. */
function plannedBuiltIns(project: ProjectData): { variable: PlannedVariable; builtIn: BuiltInVariable }[] {
  const taken = new Set(project.attributes.map((attribute) => attribute.name.toLocaleLowerCase()));
  return BUILT_IN_VARIABLES.filter((builtIn) => project.documents.some((document) => builtInValue(document, builtIn.field) !== null)).map((builtIn) => ({
    builtIn,
    variable: {
      guid: builtIn.guid,
      name: taken.has(builtIn.name.toLocaleLowerCase()) ? `${builtIn.name} (document field)` : builtIn.name,
      type: builtIn.typeOfVariable,
      description: builtIn.description,
    },
  }));
}

/** Types each attribute from its values, adds the built-in fields some document has, and names them apart. */
export function planVariables(project: ProjectData): VariablesPlan {
  const attributes = project.attributes.map((attribute) => ({
    attribute,
    variable: {
      guid: guidOf('attribute', attribute.id),
      name: attribute.name,
      type: typeOf(attribute, project.documents),
      description: attribute.type === 'choice' ? choicesDescription(attribute.choices) : '',
    },
  }));
  const builtIns = plannedBuiltIns(project);
  const all = [...attributes.map((entry) => entry.variable), ...builtIns.map((entry) => entry.variable)];
  const definitions =
    all.length === 0
      ? ''
      : element(
          'Variables',
          {},
          all.map((variable) =>
            element('Variable', { guid: variable.guid, name: variable.name, typeOfVariable: variable.type }, variable.description === '' ? '' : textElement('Description', {}, variable.description)),
          ),
        );
  return {
    definitions,
    valuesOf: (document) =>
      attributes.map(({ attribute, variable }) => variableValue(variable, document.attributes[attribute.id])).join('') +
      builtIns.map(({ builtIn, variable }) => variableValue(variable, builtInValue(document, builtIn.field))).join(''),
  };
}
