/**
 * The finder on crafted paragraphs: who each quotation goes to and how,
 * split and reported speech, and bad input that must neither crash nor
 * invent a speaker.
 */
import { describe, expect, it } from 'vitest';
import { buildDocumentText } from '../../../src/main/importers/document-builder';
import { findQuotes } from '../../../src/main/quotes/find-quotes';
import { prng } from '../../support/prng';
import { labelledArticles } from './labelled-set';

function quotes(...texts: string[]) {
  const { text, blocks } = buildDocumentText(texts.map((t) => ({ kind: 'paragraph' as const, text: t })));
  return findQuotes(text, blocks).map((f) => ({
    words: f.parts.map((p) => text.slice(p.start, p.end)).join(' / '),
    kind: f.kind,
    speaker: f.speaker,
    via: f.via,
    cue: f.cue ? text.slice(f.cue.start, f.cue.end) : null,
    named: f.speakerSpan ? text.slice(f.speakerSpan.start, f.speakerSpan.end) : null,
  }));
}

const INTRO = 'Foreign Minister Elena Vasquez met her counterpart Jonas Berg in Oslo on Monday.';

describe('findQuotes', () => {
  it.each([
    ['name after', '"We have a deal at last," Vasquez said.', 'Elena Vasquez', 'name', 'Vasquez said'],
    ['said before the name', '"We have a deal at last," said Ms. Vasquez.', 'Elena Vasquez', 'name', 'said Ms. Vasquez'],
    ['colon before', 'Vasquez told reporters: "We have a deal at last."', 'Elena Vasquez', 'name', 'Vasquez told'],
    ['pronoun: the person the text is about, not the last named', '"We have a deal at last," she said after talks with Berg.', 'Elena Vasquez', 'pronoun', 'she said'],
    ['role introduced with a title', '"We have a deal at last," the foreign minister said.', 'Elena Vasquez', 'role', 'the foreign minister said'],
    ['anonymous source: unknown, cue kept', '"We have a deal at last," officials said.', null, 'unknown', 'officials said'],
    ['no attribution at all', '"We have a deal at last and that is all."', null, 'unknown', null],
  ])('%s', (_name, paragraph, speaker, via, cue) => {
    const [found] = quotes(INTRO, paragraph).filter((q) => q.kind === 'direct');
    expect(found).toMatchObject({ words: expect.stringContaining('We have a deal at last'), speaker, via, cue });
    if (cue) expect(cue).toContain(found!.named);
  });

  it('gives "he said" to the subject of the text, not to the man named after him', () => {
    const found = quotes('Foreign Minister Tomas Vasquez met his counterpart Jonas Berg in Oslo on Monday.', '"We have a deal at last," he said.');
    expect(found[0]).toMatchObject({ speaker: 'Tomas Vasquez', via: 'pronoun' });
  });

  it('joins a quotation split by its attribution into one finding with two parts', () => {
    const found = quotes(INTRO, '"We have a deal," Vasquez said, "and we will sign it."');
    expect(found.filter((q) => q.kind === 'direct')).toEqual([{ words: 'We have a deal, / and we will sign it.', kind: 'direct', speaker: 'Elena Vasquez', via: 'name', cue: 'Vasquez said', named: 'Vasquez' }]);
  });

  it('marks reported speech as indirect, with the fullest name of its speaker', () => {
    const found = quotes('The United Nations works in the region.', 'The UN said the government had granted access to 15 of 18 areas.');
    expect(found).toEqual([{ words: 'the government had granted access to 15 of 18 areas', kind: 'indirect', speaker: 'United Nations', via: 'name', cue: 'The UN said', named: 'The UN' }]);
  });

  it('skips scare quotes and one-word fragments', () => {
    expect(quotes('Kerry tells Russia US patience on Syria \'limited\'', 'The so-called "peace plan" was dropped.')).toEqual([]);
  });

  it.each([
    ['no quotes', 'The council met on Tuesday and approved the budget for the coming year.'],
    ['unbalanced marks', '"This opens and never closes, he said', 'Neither "does this one'],
    ['nested quotes', '"He said \'I will\' and then \'I won\'t\'," she recalled.'],
    ['a table', 'Name | Votes | Share', 'Smith | 1,204 | 45%', 'Jones | 987 | 37%'],
    ['a list', '- "Apples"', '- "Pears"', '- said'],
    ['only marks', '"""" «« »» „„ ‘’ \'\' ""'],
    ['said with no one', '"Nobody will claim these words at all," said.'],
  ])('does not crash or invent a speaker on %s', (_name, ...texts) => {
    const found = quotes(...texts);
    for (const q of found) {
      if (q.speaker !== null) expect(texts.join(' ')).toContain(q.speaker.split(' ').at(-1)!);
      if (q.speaker === null) expect(q.via).toBe('unknown');
    }
  });

  it('survives garbage made of marks, names and verbs, and keeps every finding inside the text', () => {
    const random = prng(15);
    const pieces = ['"', '“', '”', '„', '«', '»', "'", '’', ',', '.', ':', ' ', ' he said ', ' said Kerry ', 'Mr.', ' the minister ', 'UN', '\n\n', 'according to', 'x'];
    for (let run = 0; run < 300; run += 1) {
      const input = Array.from({ length: 40 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const texts = input.split('\n\n').map((t) => t.trim()).filter((t) => t !== '');
      const { text, blocks } = buildDocumentText(texts.map((t) => ({ kind: 'paragraph' as const, text: t })));
      for (const f of findQuotes(text, blocks)) {
        expect(f.start).toBeLessThanOrEqual(f.end);
        expect(f.end).toBeLessThanOrEqual(text.length);
        for (const part of f.parts) expect(part.start).toBeGreaterThanOrEqual(f.start);
        if (f.speaker !== null) expect(text).toContain(f.speaker.split(' ').at(-1)!);
      }
    }
  });

  it('gives every quotation of Kerry\'s in the sample article to him, and the UN\'s reported speech to the United Nations', () => {
    const sample = labelledArticles().find((a) => a.name === '00-sample-kerry')!;
    const found = findQuotes(sample.text, sample.blocks);
    const direct = found.filter((f) => f.kind === 'direct');
    expect(direct).toHaveLength(5);
    expect(new Set(direct.map((f) => f.speaker))).toEqual(new Set(['John Kerry']));
    const zarif = direct.find((f) => sample.text.slice(f.start, f.end).startsWith('We also are prepared'))!;
    expect(zarif).toMatchObject({ via: 'pronoun', speaker: 'John Kerry' });
    const un = found.filter((f) => f.kind === 'indirect' && f.speaker === 'United Nations').map((f) => sample.text.slice(f.cue!.start, f.cue!.end));
    expect(un).toEqual(['The United Nations says', 'the UN said']);
  });
});
