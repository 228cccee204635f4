/**
 * The capitalised runs of a text: sequences of capitalised words ("Secretary
 * of State John Kerry", "Bashar al-Assad") with their UTF-16 offsets, each
 * knowing whether it opens a sentence. Pure, so the rules are tested with
 * tables; deciding what a run names is left to the extractor.
 */

export interface Word {
  text: string;
  start: number;
  end: number;
  capitalised: boolean;
  /** "Kerry's": the run ends with this word. */
  possessive: boolean;
}

export interface NameRun {
  words: Word[];
  /** The run is the first thing in its sentence, where every word is capitalised. */
  sentenceInitial: boolean;
  /** Index of the sentence within the text, for finding its words again. */
  sentence: { start: number; end: number };
}

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'del', 'da', 'di', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'le', 'la', 'du']);
const INITIALISM = /^(?:\p{Lu}\.)+$/u;
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Capt|Prof|St|Corp|Inc|Ltd|Jr|Sr)\.$/u;
const SENTENCE_END = /[.!?]["”’)]*\s+|\n+/g;

/** The sentences of a block, as [start, end) ranges of the text. */
export function sentencesOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const body = text.slice(start, end);
  const sentences: { start: number; end: number }[] = [];
  let from = 0;
  for (const match of body.matchAll(SENTENCE_END)) {
    const before = body.slice(Math.max(0, match.index - 5), match.index + 1);
    // "U.S. officials" and "Mr. Kerry" do not end a sentence.
    if (match[0].startsWith('.') && (/(?:^|\s)(?:\p{Lu}\.)+$/u.test(before) || /(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)\.$/u.test(before))) continue;
    const to = match.index + match[0].length;
    if (body.slice(from, to).trim()) sentences.push({ start: start + from, end: start + match.index + 1 });
    from = to;
  }
  if (body.slice(from).trim()) sentences.push({ start: start + from, end });
  return sentences;
}

/** The words of `text` between `start` and `end`, with offsets into `text`. */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(start, end).matchAll(WORD)) {
    let written = match[0];
    let possessive = false;
    if (/['’]s$/.test(written)) {
      written = written.slice(0, -2);
      possessive = true;
    } else if (/['’]$/.test(written)) written = written.slice(0, -1);
    if (written.endsWith('.') && !INITIALISM.test(written) && !ABBREVIATION.test(written)) written = written.slice(0, -1);
    written = written.replace(/-+$/, '');
    if (!written) continue;
    const at = start + match.index;
    words.push({ text: written, start: at, end: at + written.length, capitalised: isCapitalised(written), possessive });
  }
  return words;
}

function isCapitalised(word: string): boolean {
  // "al-Assad", "el-Sisi": a lower-case particle joined to a capitalised name.
  const core = word.replace(/^(?:al|el|ad|as|ash|bin|ibn)-/, '');
  return /^\p{Lu}/u.test(core);
}

/** The capitalised runs of one sentence; a connector joins two capitalised words, punctuation breaks a run. */
export function runsOf(text: string, sentence: { start: number; end: number }): NameRun[] {
  const words = wordsOf(text, sentence.start, sentence.end);
  const runs: NameRun[] = [];
  let current: Word[] = [];
  const close = () => {
    while (current.length > 0 && !current[current.length - 1]!.capitalised) current.pop();
    if (current.length > 0) {
      const first = current[0]!;
      const opening = text.slice(sentence.start, first.start);
      runs.push({ words: current, sentenceInitial: /^[\s"“‘'(\-–—]*$/.test(opening), sentence });
    }
    current = [];
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const previous = current[current.length - 1];
    const joined = previous !== undefined && text.slice(previous.end, word.start) === ' ' && !previous.possessive;
    if (!joined) close();
    if (word.capitalised) current.push(word);
    else if (current.length > 0 && joined && CONNECTORS.has(word.text) && words[i + 1]?.capitalised) current.push(word);
    else close();
    if (word.possessive) close();
  }
  close();
  return runs;
}
