// The language chosen in this browser: kept in storage and mirrored in the cookie the server reads to pick the
// prerendered sign-in page's language (docs/decisions/043).
import { describe, expect, it } from 'vitest';
import { mirrorStoredLocale, readStoredLocale, storeLocale } from './locale-storage.ts';

const cookies = () => document.cookie.split('; ');

describe('the stored language', () => {
  it('is kept in storage and in the cookie', () => {
    storeLocale('en-US');
    expect(window.localStorage.getItem('beian.locale')).toBe('en-US');
    expect(cookies()).toContain('beian.locale=en-US');
    expect(readStoredLocale()).toBe('en-US');
  });

  it('reaches the cookie from a choice stored before the cookie existed', () => {
    window.localStorage.setItem('beian.locale', 'en-US');
    expect(cookies()).not.toContain('beian.locale=en-US');
    mirrorStoredLocale();
    expect(cookies()).toContain('beian.locale=en-US');
  });

  it('is read from the cookie when storage has none, and only when it names a language of the app', () => {
    expect(readStoredLocale()).toBeUndefined();
    // biome-ignore lint/suspicious/noDocumentCookie: setting up the cookie the server would have seen
    document.cookie = 'beian.locale=en-US; path=/';
    expect(readStoredLocale()).toBe('en-US');
    // biome-ignore lint/suspicious/noDocumentCookie: as above
    document.cookie = 'beian.locale=fr-FR; path=/';
    expect(readStoredLocale()).toBeUndefined();
  });

  it('leaves nothing to mirror when nothing was chosen', () => {
    mirrorStoredLocale();
    expect(cookies().some((pair) => pair.startsWith('beian.locale='))).toBe(false);
  });
});
