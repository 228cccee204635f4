/**
 * MinHash signatures and LSH banding over shingle sets: two paragraphs whose
 * shingle sets overlap by Jaccard J agree on each signature value with
 * probability J, and share at least one band with probability
 * 1 - (1 - J^ROWS)^BANDS — above 0.99 at J = 0.6, about 0.1 at J = 0.3 —
 * so only likely copies are ever compared exactly.
 */
import { mix32 } from './paragraph-shingles';

export const BANDS = 16;
export const ROWS = 4;
export const SIGNATURE_SIZE = BANDS * ROWS;

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x9e3779b9 ^ Math.imul(i + 1, 0x27d4eb2f)));

/** The minimum of each of SIGNATURE_SIZE hash functions over the set. */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix32(shingle ^ SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** One key per band: a paragraph is a candidate for another when any key is shared. */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band;
    for (let row = 0; row < ROWS; row++) h = mix32(h ^ signature[band * ROWS + row]!);
    keys.push(`${band}:${h.toString(36)}`);
  }
  return keys;
}
