import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { mathText, replaceMathWithText } from '../../../src/main/importers/mathml-text';

const math = (markup: string) => {
  const document = new JSDOM(`<!DOCTYPE html><body>${markup}</body>`).window.document;
  return mathText(document.getElementsByTagName('math')[0]!);
};

describe('mathText', () => {
  it.each([
    ['the alttext first', '<math alttext="\\tan\\theta"><mi>tan</mi><mo>&#x2061;</mo><mi>θ</mi></math>', '\\tan\\theta'],
    ['a TeX annotation next', '<math><semantics><mi>x</mi><annotation encoding="application/x-tex">x^{2}</annotation></semantics></math>', 'x^{2}'],
    ['a function applied, spaced', '<math><mi>sin</mi><mo>&#x2061;</mo><mi>x</mi></math>', 'sin x'],
    ['relations spaced', '<math><mi>a</mi><mo>≤</mo><mi>b</mi></math>', 'a ≤ b'],
    ['a power', '<math><msup><mi>r</mi><mn>2</mn></msup></math>', 'r^2'],
    ['a subscript and superscript', '<math><msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup></math>', 'x_i^2'],
    ['a fraction with a sum below', '<math><mfrac><mn>1</mn><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow></mfrac></math>', '1/(a + b)'],
    ['a root', '<math><msqrt><mi>x</mi><mo>+</mo><mn>1</mn></msqrt></math>', '√(x + 1)'],
    ['fences', '<math><mfenced><mi>a</mi><mi>b</mi></mfenced></math>', '(a,b)'],
    ['nothing of what is hidden', '<math><mi>x</mi><mphantom><mi>y</mi></mphantom></math>', 'x'],
  ])('reads %s', (_what, markup, expected) => {
    expect(math(markup)).toBe(expected);
  });

  it('reads a formula nested beyond reason as its plain text', () => {
    expect(math(`<math>${'<msup><mrow>'.repeat(300)}<mi>x</mi>${'</mrow><mn>2</mn></msup>'.repeat(300)}</math>`)).toMatch(/^\(+x/);
    expect(math(`<math>${'<mrow>'.repeat(300)}<mi>x</mi>${'</mrow>'.repeat(300)}</math>`)).toBe('x');
  });
});

describe('replaceMathWithText', () => {
  it('keeps an inline formula in its sentence and gives a display formula its own paragraph', () => {
    const document = new JSDOM('<!DOCTYPE html><body><p>As <math><mi>x</mi></math> grows.</p><math display="block"><mi>y</mi></math></body>').window.document;
    replaceMathWithText(document);
    expect(document.body.innerHTML).toBe('<p>As x grows.</p><p>y</p>');
  });
});
