// How guessable a new password is, by zxcvbn-ts with its list of common and leaked passwords and its common words
// (docs/design.md §10.2). The API refuses a password below PASSWORD_MIN_SCORE; the web's strength meter uses the same
// estimator, so what the meter calls acceptable is what the server accepts. The dictionaries are large: they are
// imported on the first estimate (the API's first password set, a set-password form's first keystroke), never at
// start-up and never by the sign-in page, and built once per process or page.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** zxcvbn's scores: 0 under 10³ guesses, 1 under 10⁶, 2 under 10⁸, 3 under 10¹⁰, 4 beyond. */
export type PasswordScore = 0 | 1 | 2 | 3 | 4;

/**
 * The lowest score a new password may have. Below 10⁸ guesses are the common and leaked passwords and the small
 * changes to them that guessing tools try first (P@ssw0rd2024!, ILoveYou123): what NIST SP 800-63B asks a verifier to
 * refuse.
 */
export const PASSWORD_MIN_SCORE: PasswordScore = 3;

let estimator: Promise<ZxcvbnFactory> | undefined;

function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) => new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs }),
  );
  // A failed load (a page whose chunk could not be fetched) is tried again by the next estimate.
  estimator.catch(() => {
    estimator = undefined;
  });
  return estimator;
}

export async function passwordScore(password: string): Promise<PasswordScore> {
  return (await loadEstimator()).check(password).score;
}

export async function isGuessablePassword(password: string): Promise<boolean> {
  return (await passwordScore(password)) < PASSWORD_MIN_SCORE;
}
