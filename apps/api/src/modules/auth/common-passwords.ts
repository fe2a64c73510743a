// The list of common and breached passwords (password-list/common-passwords.txt), read once on first use and kept as a set.
import { readFile } from 'node:fs/promises';

const LIST = new URL('./password-list/common-passwords.txt', import.meta.url);

let loaded: Promise<ReadonlySet<string>> | undefined;

function commonPasswords(): Promise<ReadonlySet<string>> {
  loaded ??= readFile(LIST, 'utf8').then((text) => new Set(text.split('\n').filter(Boolean)));
  return loaded;
}

/** Whether `password` is on the list, ignoring case (the list is lower-case). */
export async function isCommonPassword(password: string): Promise<boolean> {
  return (await commonPasswords()).has(password.toLowerCase());
}
