import JSZip from 'jszip';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TAGS, MAX_ZIP_ENTRIES } from '../../../../src/main/outputs/refi-qda/refi-limits';
import { RefiQdaError } from '../../../../src/main/outputs/refi-qda/refi-qda-error';
import { readRefiQda } from '../../../../src/main/outputs/refi-qda/read-refi-qda';
import { openQdpx } from '../../../../src/main/outputs/refi-qda/refi-zip';
import { fixtureQdpx, qdpxOf } from './fixture-archive';
import { CODE, codebook, NOTE, qde, rawZip, SELECTION, source, SOURCE, textFile, textSource, UNKNOWN } from './hostile-files';

const encode = (text: string) => new TextEncoder().encode(text);

/** Reading `bytes` is refused with a RefiQdaError whose message matches `message`. */
async function expectRefused(bytes: Uint8Array, message: RegExp, fileName = 'hostile.qdpx') {
  const reading = readRefiQda(bytes, fileName);
  await expect(reading).rejects.toBeInstanceOf(RefiQdaError);
  await expect(reading).rejects.toThrow(message);
}

describe('readRefiQda refuses, with a message and nothing read', () => {
  it('a file that is not a zip', async () => {
    await expectRefused(encode('just some text, no archive at all'), /not a zip file/);
  });

  it('a zip cut short', async () => {
    const whole = await qdpxOf(qde(codebook + source()), textFile);
    await expectRefused(whole.subarray(0, whole.length - 40), /not a zip file, or it is damaged or cut short/);
  });

  it('a zip whose packed data is damaged', async () => {
    const whole = await qdpxOf(qde(codebook + source()), textFile);
    const damaged = whole.slice();
    for (let i = 60; i < 200; i += 1) damaged[i] = damaged[i]! ^ 0x5a;
    await expectRefused(damaged, /damaged|not well-formed|cannot be read/);
  });

  it('a zip with no project.qde', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    await expectRefused(await zip.generateAsync({ type: 'uint8array' }), /no project\.qde/);
  });

  it('a source that unpacks past the text limit (a zip bomb), stopping at the limit', async () => {
    const bomb = await qdpxOf(qde(codebook + source()), { [`${SOURCE}.txt`]: 'a'.repeat(25 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(200_000);
    await expectRefused(bomb, /larger than the 20 MB Scholia reads as a text/);
  });

  it('an archive whose entries, each within its limit, unpack together past the file’s budget', async () => {
    const texts = { 'a.txt': 'a'.repeat(600_000), 'b.txt': 'b'.repeat(600_000) };
    const archive = await openQdpx(await qdpxOf(qde(''), texts), 'greedy.qdpx', 1024 ** 2);
    expect((await archive.readSource('a.txt'))!.length).toBe(600_000);
    await expect(archive.readSource('b.txt')).rejects.toThrow(/“greedy\.qdpx” unpacks to more than 1 MB of text/);
  });

  it('an archive of more entries than any project has', async () => {
    const entries = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `Sources/${i}.txt` }));
    await expectRefused(rawZip([{ name: 'project.qde', content: encode(qde('')) }, ...entries]), /holds more than 250,000 files/);
  });

  it('an entry whose name climbs out of the archive, or starts at a root', async () => {
    for (const name of ['../evil.txt', 'Sources/../../evil.txt', '/etc/cron.d/evil', 'C:/Windows/evil.txt', 'Sources\\..\\evil.txt']) {
      await expectRefused(rawZip([{ name: 'project.qde', content: encode(qde('')) }, { name, content: encode('x') }]), /points outside the project/);
    }
  });

  it('a source path that climbs out of the Sources folder or starts at a root', async () => {
    for (const path of ['internal://../../etc/passwd', 'internal:///etc/passwd', '../secret.txt', 'internal://sub/../../x.txt']) {
      await expectRefused(await qdpxOf(qde(codebook + source({ path })), textFile), /outside the project/);
    }
  });

  it('a source file the project refers to but does not hold', async () => {
    await expectRefused(await qdpxOf(qde(codebook + source())), /not in the project; it is incomplete/);
  });

  it('a source that is not UTF-8 text', async () => {
    await expectRefused(await qdpxOf(qde(codebook + source()), { [`${SOURCE}.txt`]: new Uint8Array([0x54, 0x68, 0xe9, 0x20, 0xc3, 0x28]) }), /is not UTF-8 text/);
  });

  it('any DOCTYPE, before parsing: external entities and entity expansion never get a chance', async () => {
    const external = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]><Project xmlns="urn:QDA-XML:project:1.0" name="&secret;"/>`;
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><Project xmlns="urn:QDA-XML:project:1.0" name="&lol2;"/>`;
    await expectRefused(await qdpxOf(external), /declares a document type \(DOCTYPE\)/);
    await expectRefused(encode(laughs), /declares a document type \(DOCTYPE\)/, 'lol.qde');
  });

  it('an entity reference the file cannot have declared, so the parser is never asked to expand one', async () => {
    await expectRefused(await qdpxOf(qde('', '<Project xmlns="urn:QDA-XML:project:1.0" name="&secret;">')), /uses an entity it does not declare/);
  });

  it('XML that is not well-formed', async () => {
    await expectRefused(await qdpxOf(qde('<CodeBook><Codes></CodeBook>')), /not well-formed XML/);
    await expectRefused(await qdpxOf(`${qde('')}<Project xmlns="urn:QDA-XML:project:1.0" name="second"/>`), /not well-formed XML/);
    await expectRefused(await qdpxOf(qde('<Description>bell \u0007</Description>')), /characters XML does not allow/);
  });

  it('a root that is no REFI-QDA element, or one outside the REFI-QDA namespace', async () => {
    await expectRefused(await qdpxOf('<?xml version="1.0"?><Workbook xmlns="urn:QDA-XML:project:1.0"/>'), /not a Project or a CodeBook/);
    await expectRefused(await qdpxOf('<?xml version="1.0"?><Project xmlns="urn:example:other" name="x"/>'), /not in the REFI-QDA namespace/);
    await expectRefused(encode('<?xml version="1.0"?><CodeBook><Codes/></CodeBook>'), /not in the REFI-QDA namespace/, 'plain.qdc');
  });

  it('a selection outside its text, ending before it starts, or at no number', async () => {
    await expectRefused(await qdpxOf(qde(codebook + source({ end: '500' })), textFile), /has only 27 characters/);
    await expectRefused(await qdpxOf(qde(codebook + source({ start: '-1' })), textFile), /has only 27 characters/);
    await expectRefused(await qdpxOf(qde(codebook + source({ start: '9', end: '4' })), textFile), /ends \(4\) before it starts \(9\)/);
    await expectRefused(await qdpxOf(qde(codebook + source({ start: '4.5' })), textFile), /not a whole number/);
  });

  it('a CodeRef, a NoteRef or a VariableRef to a GUID the file does not define', async () => {
    await expectRefused(await qdpxOf(qde(codebook + source({ code: UNKNOWN })), textFile), /CodeRef to 9999.*which the file does not define/);
    await expectRefused(await qdpxOf(qde(codebook + source({ inside: `<NoteRef targetGUID="${UNKNOWN}"/>` })), textFile), /NoteRef to 9999.*which the file does not define/);
    const value = `<VariableValue><VariableRef targetGUID="${UNKNOWN}"/><TextValue>x</TextValue></VariableValue>`;
    const withValue = source().replace('</TextSource>', `${value}</TextSource>`);
    await expectRefused(await qdpxOf(qde(codebook + withValue), textFile), /VariableRef to 9999.*which the file does not define/);
  });

  it('the same GUID for two things', async () => {
    const twice = `<CodeBook><Codes><Code guid="${CODE}" name="a" isCodable="true"/><Code guid="${CODE.toUpperCase()}" name="b" isCodable="true"/></Codes></CodeBook>`;
    await expectRefused(await qdpxOf(qde(twice)), /uses the GUID .* for two different things/);
    const noteAsSelection = `<Notes><Note guid="${SELECTION}" name="n"><PlainTextContent>x</PlainTextContent></Note></Notes>`;
    await expectRefused(await qdpxOf(qde(codebook + source() + noteAsSelection), textFile), /for two different things/);
  });

  it('more codes than a notebook can hold', async () => {
    const codes = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `<Code guid="00000000-0000-4000-8000-${String(i).padStart(12, '0')}" name="c${i}" isCodable="true"/>`).join('');
    await expectRefused(await qdpxOf(qde(`<CodeBook><Codes>${codes}</Codes></CodeBook>`)), /more than 5,000 codes/);
  });

  it('and a refusal is all there is: a damaged file never makes any other error escape', async () => {
    const original = new TextDecoder().decode(await (await JSZip.loadAsync(await fixtureQdpx('qualcoder'))).file('project.qde')!.async('uint8array'));
    const sources = await JSZip.loadAsync(await fixtureQdpx('qualcoder'));
    const files = Object.fromEntries(
      await Promise.all(Object.values(sources.files).filter((entry) => entry.name.startsWith('sources/') && !entry.dir).map(async (entry) => [entry.name.slice(8), await entry.async('uint8array')] as const)),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: original.length }), fc.nat({ max: 40 }), fc.constantFrom('', '<', '>', '"', '&', '</Code>', '<Code guid="x">', '1', '-', 'ü'), async (at, cut, insert) => {
        const damaged = original.slice(0, at) + insert + original.slice(at + cut);
        try {
          await readRefiQda(await qdpxOf(damaged, files, 'sources'), 'damaged.qdpx');
        } catch (error) {
          expect(error).toBeInstanceOf(RefiQdaError);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('readRefiQda still reads', () => {
  it('a bare project.qde whose sources are inline', async () => {
    const inline = `<Sources><TextSource guid="${SOURCE}" name="Inline"><PlainTextContent>Dockers vote tonight.</PlainTextContent><PlainTextSelection guid="${SELECTION}" startPosition="0" endPosition="7"><NoteRef targetGUID="${NOTE}"/></PlainTextSelection></TextSource></Sources>`;
    const note = `<Notes><Note guid="${NOTE}" name="n"><PlainTextContent>Who votes?</PlainTextContent></Note></Notes>`;
    const result = await readRefiQda(encode(qde(inline + note)), 'bare.qde');
    expect(result.project.passages.map((passage) => [passage.quote.exact, passage.note])).toEqual([['Dockers', 'Who votes?']]);
  });

  it('an empty selection and one of nothing but spaces, leaving both out and saying so', async () => {
    const other = '55555555-5555-4555-8555-555555555555';
    const sources = `<Sources>${textSource({ start: '4', end: '4' })}${textSource({ guid: other, selection: '66666666-6666-4666-8666-666666666666', start: '3', end: '4' })}</Sources>`;
    const result = await readRefiQda(await qdpxOf(qde(codebook + sources), { ...textFile, [`${other}.txt`]: 'The strike' }), 'edge.qdpx');
    expect(result.project.passages).toEqual([]);
    expect(result.summary.skipped).toEqual(['1 empty selection', '1 selection of nothing but spaces and line breaks']);
  });
});
