/**
 * The REFI-QDA project exchange file (.qdpx): a zip of project.qde and a
 * Sources folder with each document's text as UTF-8 plain text, referred to
 * as internal://<guid>.txt, which NVivo, ATLAS.ti, MAXQDA and QualCoder open.
 */
import JSZip from 'jszip';
import type { FormatWriter } from '../format-writer';
import { SOURCES_FOLDER } from './refi-format';
import { buildQde } from './write-qde';

/** Building the XML is the first half of the work, packing the zip the second. */
const BUILD_SHARE = 0.5;

/** Progress steps finer than this are not worth a message across the worker channel (the zip reports every few kilobytes). */
const PROGRESS_STEP = 0.005;

/** Writes the whole project as a .qdpx; orphaned passages are left out (see unplacedPassages). */
export const writeQdpx: FormatWriter = async (project, _options, report) => {
  let told = 0;
  const progress = (fraction: number) => {
    if (fraction <= told || (fraction - told < PROGRESS_STEP && fraction < 1)) return;
    told = fraction;
    report(fraction);
  };
  const { xml, sources } = buildQde(project, (fraction) => progress(fraction * BUILD_SHARE));
  const zip = new JSZip();
  zip.file('project.qde', xml);
  const folder = zip.folder(SOURCES_FOLDER)!;
  for (const source of sources) folder.file(source.name, source.text);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } }, (metadata) =>
    progress(BUILD_SHARE + (metadata.percent / 100) * (1 - BUILD_SHARE)),
  );
  progress(1);
  return bytes;
};
