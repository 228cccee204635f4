/**
 * Cases. Scholia has none, but MAXQDA and Quirkos store a source's variable
 * values in a Case with no name and that one source: those values are the
 * document's attributes. Every other case is left out and counted, and the
 * variables only cases use go with them.
 */
import type { ProjectDocument } from '../project-data';
import { idOfGuid, type ReadContext } from './read-context';
import type { VariableBook } from './read-variables';
import { childrenNamed, type XmlElement } from './xml-tree';

/** Applies single-source unnamed cases' values to their documents; counts every other case. */
export function readCases(cases: XmlElement | undefined, documents: readonly ProjectDocument[], variables: VariableBook, context: ReadContext): void {
  const byId = new Map(documents.map((document) => [document.id, document]));
  for (const item of cases?.children ?? []) {
    if (item.name !== 'Case') {
      context.skipped.unknownElement(item.name);
      continue;
    }
    const sources = childrenNamed(item, 'SourceRef');
    const unnamed = (item.attributes['name']?.trim() ?? '') === '';
    const document = unnamed && sources.length === 1 ? byId.get(idOfGuid(sources[0]!.attributes['targetGUID'] ?? '')) : undefined;
    if (!document) context.skipped.skip('case');
    for (const value of childrenNamed(item, 'VariableValue')) variables.apply(value, document ?? null);
  }
}
