/**
 * Document properties are filled in by software as often as by people: an
 * author "Windows User" or a title "Microsoft Word - draft3.doc" says nothing
 * about the work, and shown as its byline or title it would mislead.
 */

const PLACEHOLDER_TITLE = /^(?:untitled(?:\s+document)?|document\d*|microsoft word - .*|.*\.(?:docx?|pdf|tex|indd|rtf|odt|qxd))$/i;
const PLACEHOLDER_NAME = /^(?:admin|administrator|user|owner|unknown|author|default|windows user|microsoft office user|\w+ user)$/i;

export function isPlaceholderTitle(title: string): boolean {
  return PLACEHOLDER_TITLE.test(title.trim());
}

export function isPlaceholderName(name: string): boolean {
  return PLACEHOLDER_NAME.test(name.trim());
}
