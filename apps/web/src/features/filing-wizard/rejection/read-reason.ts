// A rejection reason as the applicant reads it: a catalogue pick in the console's language, whichever language the
// reviewer's console was in; a reviewer's own words as written (`reasonWords` in @beian/contracts).
import { type RejectionReason, reasonWords } from '@beian/contracts';

export function readReason<Reason extends RejectionReason>(reason: Reason, language: string): Reason {
  const { message, suggestion } = reasonWords(reason, language);
  return suggestion === undefined ? { ...reason, message } : { ...reason, message, suggestion };
}
