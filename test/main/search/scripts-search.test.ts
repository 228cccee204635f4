import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/main/search/search-engine';
import type { IndexableDocument, SearchResult } from '../../../src/main/search/types';
import { allHits, asDocument, makeDocument, textsAt } from './search-fixtures';

const DOCUMENTS = [
  makeDocument('de', 'Ärger um die Straßenbahn', [
    'Der Ärger in der Stadt wächst: die neue Straßenbahn fährt seit Montag nicht.',
    'Anwohner sprechen von großem Ärger über die Baustelle an der Straße and Maß.',
  ]),
  makeDocument('plain', 'Typed plainly', ['Here arger and strasse are written without their letters, by mass.']),
  // "Maß" stands in more items than "Straße", so a phrase of both is checked from Straße, reading Maß in the text.
  makeDocument('mass', 'Mass', ['A mass of letters.']),
  makeDocument('tr', 'Erdoğan konuştu', ['Cumhurbaşkanı Erdoğan bugün Ankara’da bir açıklama yaptı.']),
  makeDocument('zh', '叙利亚停火协议生效', ['叙利亚政府军周二在北京表示，停火协议已经生效。俄罗斯外交部长说，各方应当遵守协议。']),
  makeDocument('ja', '東京で会談', ['東京都の知事は昨日、ロシア外務省の代表と会談した。']),
  makeDocument('th', 'ข่าวประเทศไทย', ['ประเทศไทยมีประชากรมาก']),
  makeDocument('ar', 'الرئيس يتحدث', ['قالَ الرئيسُ إنَّ الحكومةَ ستعلنُ خطةً جديدةً للسلامِ.']),
  makeDocument('ar-plain', 'خبر', ['قال وزير الخارجية إن المحادثات مستمرة.']),
  makeDocument('mixed', 'Travels', ['Kerry flew from 北京 to 上海 on Monday, and not from 上海 by 北京.']),
  makeDocument('fr', 'Réponse du ministère', ['Le ministère a répondu à la question des élèves.']),
];

const byId = new Map(DOCUMENTS.map((document) => [document.id, document]));

function engine(): SearchEngine {
  const built = new SearchEngine();
  built.upsert(DOCUMENTS.map(asDocument));
  return built;
}

/** Each document found, with the words its ranges mark in its text. */
function found(result: SearchResult): Record<string, string[]> {
  const marked: Record<string, string[]> = {};
  for (const hit of allHits(result)) {
    const document: IndexableDocument = byId.get(hit.documentId!)!;
    (marked[document.id] ??= []).push(...textsAt(document.text, hit.ranges));
  }
  return marked;
}

const ALL = { blocksPerDocument: 100 };

describe('searching without regard to accents', () => {
  const search = engine();

  it.each([
    ['arger', { de: ['Ärger', 'Ärger', 'Ärger'], plain: ['arger'] }],
    ['Ärger', { de: ['Ärger', 'Ärger', 'Ärger'], plain: ['arger'] }],
    ['ÄRGER', { de: ['Ärger', 'Ärger', 'Ärger'], plain: ['arger'] }],
    ['strasse', { de: ['Straße'], plain: ['strasse'] }],
    ['Erdogan', { tr: ['Erdoğan', 'Erdoğan'] }],
    ['eleves', { fr: ['élèves'] }],
    ['ministere', { fr: ['ministère', 'ministère'] }],
  ])('%j finds %j, marking the words as written', (query, expected) => {
    expect(found(search.search(query, ALL))).toEqual(expected);
  });

  it.each([
    ['a prefix', 'ärg*'],
    ['a plain prefix', 'arg*'],
    ['a fuzzy word', 'argr~1'],
    ['a boosted word', 'arger^2'],
  ])('finds Ärger by %s (%j)', (_, query) => {
    expect(found(search.search(query, ALL))['de']).toEqual(['Ärger', 'Ärger', 'Ärger']);
  });

  it('finds Ärger in one field only with field:', () => {
    expect(found(search.search('title:arger', ALL))).toEqual({ de: ['Ärger'] });
  });

  it.each([
    ['"grossem arger"', ['großem Ärger']],
    ['"arger in der stadt"', ['Ärger in der Stadt']],
    ['"Strasse and Mass"', ['Straße and Maß']],
  ])('matches the phrase %j on the accented text', (query, expected) => {
    expect(found(search.search(query, ALL))).toEqual({ de: expected });
  });

  it('finds Arabic written with harakat by the word without them, and the other way round', () => {
    expect(found(search.search('قال', ALL))).toEqual({ ar: ['قالَ'], 'ar-plain': ['قال'] });
    expect(found(search.search('قالَ', ALL))).toEqual({ ar: ['قالَ'], 'ar-plain': ['قال'] });
    expect(found(search.search('الحكومة', ALL))).toEqual({ ar: ['الحكومةَ'] });
  });
});

describe('searching scripts written without spaces', () => {
  const search = engine();

  it.each([
    ['北京', { zh: ['北京'], mixed: ['北京', '北京'] }],
    ['叙利亚', { zh: ['叙利亚', '叙利亚'] }],
    ['协议', { zh: ['协议', '协议', '协议'] }],
    ['ロシア', { ja: ['ロシア'] }],
    ['東京', { ja: ['東京', '東京'] }],
    ['ประชากร', { th: ['ประชากร'] }],
    ['ประเทศไทย', { th: ['ประเทศไทย', 'ประเทศไทย'] }],
  ])('finds the word %j inside sentences without spaces', (query, expected) => {
    expect(found(search.search(query, ALL))).toEqual(expected);
  });

  it('takes words typed together as a phrase, marking them together', () => {
    expect(found(search.search('停火协议', ALL))).toEqual({ zh: ['停火协议', '停火协议'] });
    expect(found(search.search('"在北京表示"', ALL))).toEqual({ zh: ['在北京表示'] });
  });

  it('checks a phrase of Chinese words and an English stop word against the text', () => {
    expect(found(search.search('"北京 to 上海"', ALL))).toEqual({ mixed: ['北京 to 上海'] });
    expect(found(search.search('"上海 to 北京"', ALL))).toEqual({});
  });

  it('completes a prefix', () => {
    expect(found(search.search('叙*', ALL))).toEqual({ zh: ['叙利亚', '叙利亚'] });
  });

  it('marks the word in the snippet of its block', () => {
    const hit = allHits(search.search('北京', ALL)).find((candidate) => candidate.documentId === 'zh');
    expect(textsAt(hit!.snippet.text, hit!.snippet.highlights)).toEqual(['北京']);
    expect(hit!.snippet.text).toContain('叙利亚政府军周二在北京表示');
  });
});
