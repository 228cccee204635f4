/**
 * Text positions between REFI-QDA and Scholia. REFI-QDA counts positions in
 * characters, that is Unicode code points (what the XML standard itself calls
 * a character, and what QualCoder counts by slicing Python strings); Scholia
 * counts UTF-16 code units, as JavaScript strings do. The two differ only
 * after a character outside the Basic Multilingual Plane (most emoji), which
 * takes two code units and one position.
 *
 * Line breaks add a second difference on reading: Scholia keeps "\n" only,
 * while files written on Windows hold "\r\n". ATLAS.ti and MAXQDA count such
 * a break as one position; NVivo, QualCoder and the others count both
 * characters. Both readings are supported, the writer's tool choosing.
 *
 * Both directions are a sorted list of the positions where the count shifts
 * and the total shift from there on, so a text without emoji or "\r" costs
 * nothing and a lookup is a binary search.
 */

/** Positions where the difference between two counts changes, and the difference from there on. */
class Shifts {
  private readonly at: number[] = [];
  private readonly by: number[] = [];

  add(position: number, total: number): void {
    this.at.push(position);
    this.by.push(total);
  }

  /** `position` in the other count. */
  apply(position: number): number {
    let low = 0;
    let high = this.at.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.at[mid]! <= position) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found === -1 ? position : position + this.by[found]!;
  }
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Converts UTF-16 offsets of `text` (never inside a surrogate pair) into REFI-QDA positions. */
export function codePointPositions(text: string): (utf16Offset: number) => number {
  const shifts = new Shifts();
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i += 1) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      pairs += 1;
      i += 1;
      shifts.add(i + 1, -pairs);
    }
  }
  return (offset) => shifts.apply(offset);
}

/** A source's text as Scholia keeps it, and how the source's own positions map into it. */
export interface SourceText {
  /** The text with every line break as "\n". */
  text: string;
  /** How many positions the source counts in its text: valid positions are 0 to this, inclusive. */
  length: number;
  /** A REFI-QDA position (0 to `length`) as a UTF-16 offset into `text`. */
  toUtf16(position: number): number;
}

/**
 * Reads a source's text. `crlfIsOne` says whether the tool that wrote it
 * counts "\r\n" as one position. A position between "\r" and "\n" maps to the
 * line break itself.
 */
export function sourceText(raw: string, crlfIsOne: boolean): SourceText {
  const shifts = new Shifts();
  let shift = 0;
  let position = 0;
  for (let i = 0; i < raw.length; ) {
    const code = raw.charCodeAt(i);
    if (code === 0x0d && raw.charCodeAt(i + 1) === 0x0a) {
      i += 2;
      if (crlfIsOne) position += 1;
      else {
        // Two positions, one unit: whatever follows the "\r" sits one unit earlier.
        shift -= 1;
        shifts.add(position + 1, shift);
        position += 2;
      }
    } else if (isHigh(code) && isLow(raw.charCodeAt(i + 1))) {
      i += 2;
      shift += 1;
      position += 1;
      shifts.add(position, shift);
    } else {
      i += 1;
      position += 1;
    }
  }
  return { text: raw.replace(/\r\n?/g, '\n'), length: position, toUtf16: (at) => shifts.apply(at) };
}
