/** A speaker's name as the user typed it, checked before it is kept: one line, not blank, not overlong. */
import { MAX_SPEAKER_LENGTH } from '../../shared/quote-review';
import { ScholiaFailure } from '../../shared/result';

export function checkedSpeaker(typed: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(typed.replace(/[\t\n\r]/g, ' '))) throw new ScholiaFailure('invalid-input', 'A speaker’s name cannot contain control characters.');
  const name = typed.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name === '') throw new ScholiaFailure('invalid-input', 'A speaker needs a name; to go back to the one found, clear the correction.');
  if (name.length > MAX_SPEAKER_LENGTH) throw new ScholiaFailure('invalid-input', `A speaker’s name can be at most ${MAX_SPEAKER_LENGTH} characters.`);
  return name;
}
