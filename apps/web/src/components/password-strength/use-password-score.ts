// The score of the password being typed, from the estimator the server decides with. The estimator's module is small;
// its dictionaries are a chunk of their own that it imports on the first estimate, i.e. the first keystroke here.
import { type PasswordScore, passwordScore } from '@beian/domain/password-strength';
import { useEffect, useState } from 'react';

/** Waits for a pause in typing: a long password takes the estimator a noticeable moment. */
const SETTLE_MS = 150;

/** The score of `password`, or undefined while it is empty or not yet scored (or the dictionaries could not load). */
export function usePasswordScore(password: string): PasswordScore | undefined {
  const [scored, setScored] = useState<{ password: string; score: PasswordScore }>();
  useEffect(() => {
    if (!password) return;
    let current = true;
    const timer = setTimeout(() => {
      passwordScore(password).then(
        (score) => {
          if (current) setScored({ password, score });
        },
        // The meter only advises: without it the server still decides, so a failed load shows nothing.
        () => undefined,
      );
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password]);
  // While the newest text is being scored the last score stays, so the meter does not flicker as one types.
  return password && scored ? scored.score : undefined;
}
