/**
 * Numbers as xsd:decimal and xsd:integer spell them: plain digits, never the
 * exponent JavaScript switches to for very large or very small numbers
 * ("1e+21", "1.5e-7"), which schema-checking readers refuse. libxml2 (behind
 * xmllint and many importers) also refuses a decimal of more than 24 digits,
 * so digits beyond that are rounded away, and a number whose whole part alone
 * is longer cannot be written at all.
 */

const MAX_DIGITS = 24;

/** `value` (finite) in plain decimal notation. */
function plainDecimal(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, first, rest = '', exponentText] = match;
  const digits = `${first}${rest}`;
  const exponent = Number(exponentText);
  if (exponent >= 0) return `${sign}${digits.padEnd(exponent + 1, '0')}`;
  return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
}

/** `value` as an xsd:decimal within 24 digits, or null when its whole part alone has more. */
export function decimalText(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const plain = plainDecimal(value);
  const [whole = '', fraction = ''] = plain.replace('-', '').split('.');
  const wholeDigits = whole === '0' ? 0 : whole.length;
  if (wholeDigits + fraction.length <= MAX_DIGITS) return plain;
  if (wholeDigits > MAX_DIGITS) return null;
  const rounded = value.toFixed(MAX_DIGITS - wholeDigits).replace(/\.?0+$/, '');
  return rounded === '-0' ? '0' : rounded;
}
