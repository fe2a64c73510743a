// A language's messages come in chunks: its core (the frame, the sign-in area, form feedback), wanted on every page
// load, and parts that pages want as they load (the consoles' words, the staff's). This hands them to an i18next
// instance as its backend and makes sure a language never renders without a part once that part is wanted, whatever
// order a language switch and a page's load happen in: the account's language can arrive (and be switched to) while
// the first console page is still loading, and a language whose core came in earlier has to fetch the wanted parts
// before it is shown.
import type { BackendModule, i18n as I18n, ResourceKey } from 'i18next';

type Messages = Record<string, ResourceKey>;

export type MessageLoaders<Part extends string> = {
  core(language: string): Promise<Messages>;
  parts: Record<Part, (language: string) => Promise<Messages>>;
};

export type MessageChunks<Part extends string> = {
  /** The backend to `use` on the instance: reads a language's core, and with it every part wanted so far. */
  backend: BackendModule;
  /** Resolves once the language shown (or being switched to) has these parts: what a page waits for. From then on
   * they are wanted in every language. */
  loadMessages(parts: readonly Part[]): Promise<void>;
  /** Switches the instance's language, with the parts wanted so far in first. */
  switchLanguage(language: string): Promise<void>;
};

const NAMESPACE = 'translation';

/** The language a switch in flight is loading (i18next sets it for the switch's length; its types leave it out). */
const languageChangingTo = (i18n: I18n): string | undefined =>
  (i18n as I18n & { isLanguageChangingTo?: string }).isLanguageChangingTo;

export function createMessageChunks<Part extends string>(
  i18n: I18n,
  loaders: MessageLoaders<Part>,
): MessageChunks<Part> {
  /** The parts some page has asked for: from then on, a language read brings them too. */
  const wanted = new Set<Part>();
  /** A language's read in flight, settling once i18next holds what it brought. */
  const reads = new Map<string, Promise<void>>();
  /** A language's part in i18next's store, or on its way there, by `language part`. */
  const partsIn = new Map<string, Promise<void>>();
  const partKey = (language: string, part: Part) => `${language} ${part}`;

  async function readMessages(language: string): Promise<Messages> {
    // A part that fails to load leaves the rest to show; addPart tries it again.
    const loadPart = (part: Part) => loaders.parts[part](language).catch(() => undefined);
    const early = new Map([...wanted].map((part) => [part, loadPart(part)]));
    let messages = await loaders.core(language);
    // More parts may have become wanted while the core loaded (a page asked during a language switch); the loop
    // also visits parts wanted while it waits.
    for (const part of wanted) {
      const loaded = await (early.get(part) ?? loadPart(part));
      if (!loaded) continue;
      partsIn.set(partKey(language, part), Promise.resolve());
      messages = { ...messages, ...loaded };
    }
    return messages;
  }

  const backend: BackendModule = {
    type: 'backend',
    init: () => undefined,
    read(language, _namespace, callback) {
      // i18next reads a language once at a time, so one entry per language is enough.
      const read = readMessages(language)
        .then(
          (messages) => callback(null, messages),
          (error: Error) => callback(error, false),
        )
        .finally(() => reads.delete(language));
      reads.set(language, read);
    },
  };

  /** Puts a language's part in the store, once. Never before its core: i18next counts a language whose bundle
   * exists as loaded, so a part added first would keep the core from ever being read. */
  function addPart(language: string, part: Part): Promise<void> {
    const reading = reads.get(language);
    if (reading) return reading.then(() => addPart(language, part));
    const adding = partsIn.get(partKey(language, part));
    if (adding) return adding;
    // Never read: its read, when it comes, brings the part with it.
    if (!i18n.hasResourceBundle(language, NAMESPACE)) return Promise.resolve();
    const added = loaders.parts[part](language).then((messages) => {
      i18n.addResourceBundle(language, NAMESPACE, messages, true, false);
    });
    // A failed load is forgotten, so the next page that asks for the part tries again.
    added.catch(() => partsIn.delete(partKey(language, part)));
    partsIn.set(partKey(language, part), added);
    return added;
  }

  const addParts = async (language: string, parts: readonly Part[]) => {
    await Promise.all(parts.map((part) => addPart(language, part)));
  };

  return {
    backend,
    loadMessages(parts) {
      for (const part of parts) wanted.add(part);
      return addParts(languageChangingTo(i18n) ?? i18n.language, parts);
    },
    async switchLanguage(language) {
      await addParts(language, [...wanted]);
      await i18n.changeLanguage(language);
    },
  };
}
