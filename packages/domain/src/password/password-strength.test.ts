import { describe, expect, it } from 'vitest';
import { isGuessablePassword, PASSWORD_MIN_SCORE, passwordScore } from './password-strength.ts';

describe('isGuessablePassword', () => {
  it.each([
    ['a common password', 'qwertyuiop'],
    ['a leaked password with a number', 'ILoveYou123'],
    ['a common password in another case', 'PassWord123'],
    ['a keyboard walk', '1q2w3e4r5t'],
    ['a common password in l33t with a year', 'P@ssw0rd2024!'],
    ['a sequence', 'abcdefghij'],
  ])('refuses %s', async (_, password) => {
    expect(await isGuessablePassword(password)).toBe(true);
  });

  it.each([
    ['the demo accounts’ password', 'Demo-Passw0rd!'],
    ['the browser tests’ password', 'E2e-Passw0rd!'],
    ['a few words with a digit', 'Correct-Horse-9'],
    ['a passphrase', 'a-long-admin-passphrase'],
  ])('accepts %s', async (_, password) => {
    expect(await isGuessablePassword(password)).toBe(false);
  });

  it('scores on zxcvbn’s scale, the refused ones below the minimum', async () => {
    expect(await passwordScore('qwertyuiop')).toBe(0);
    expect(await passwordScore('Demo-Passw0rd!')).toBeGreaterThanOrEqual(PASSWORD_MIN_SCORE);
  });
});
