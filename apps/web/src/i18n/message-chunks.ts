// A language's messages come in two chunks: its core (the frame, the sign-in area, form feedback), wanted on every
// page load, and the rest, wanted once a page outside the sign-in area loads. This hands them to an i18next instance
// as its backend and makes sure a language never renders without its rest once the rest is wanted, whatever order a
// language switch and a page's load happen in: the account's language can arrive (and be switched to) while the first
// console page is still loading, and a language whose core came in earlier has to fetch its rest before it is shown.
import type { BackendModule, i18n as I18n, ResourceKey } from 'i18next';

type Messages = Record<string, ResourceKey>;

export type MessageLoaders = {
  core(language: string): Promise<Messages>;
  rest(language: string): Promise<Messages>;
};

export type MessageChunks = {
  /** The backend to `use` on the instance: reads a language's core, and its rest too once every message is wanted. */
  backend: BackendModule;
  /** Resolves once the language shown (or being switched to) has every message: what a console page waits for. */
  loadAllMessages(): Promise<void>;
  /** Switches the instance's language, with its rest in first when every message is wanted. */
  switchLanguage(language: string): Promise<void>;
};

const NAMESPACE = 'translation';

/** The language a switch in flight is loading (i18next sets it for the switch's length; its types leave it out). */
const languageChangingTo = (i18n: I18n): string | undefined =>
  (i18n as I18n & { isLanguageChangingTo?: string }).isLanguageChangingTo;

export function createMessageChunks(i18n: I18n, loaders: MessageLoaders): MessageChunks {
  /** Whether a page has asked for every message: from then on, a language read brings both chunks. */
  let everyMessageWanted = false;
  /** A language's read in flight, settling once i18next holds what it brought. */
  const reads = new Map<string, Promise<void>>();
  /** A language whose rest is in i18next's store, or on its way there. */
  const restIn = new Map<string, Promise<void>>();

  async function readMessages(language: string): Promise<Messages> {
    // A rest that fails to load leaves the core to show; addRest tries the rest again.
    const loadRest = () => loaders.rest(language).catch(() => undefined);
    const rest = everyMessageWanted ? loadRest() : undefined;
    const core = await loaders.core(language);
    // Every message may have become wanted while the core loaded: a page asked during a language switch.
    if (!everyMessageWanted) return core;
    const restMessages = await (rest ?? loadRest());
    if (!restMessages) return core;
    restIn.set(language, Promise.resolve());
    return { ...core, ...restMessages };
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

  /** Puts a language's rest in the store, once. Never before its core: i18next counts a language whose bundle exists
   * as loaded, so a rest added first would keep the core from ever being read. */
  function addRest(language: string): Promise<void> {
    const reading = reads.get(language);
    if (reading) return reading.then(() => addRest(language));
    const adding = restIn.get(language);
    if (adding) return adding;
    // Never read: its read, when it comes, brings the rest with it.
    if (!i18n.hasResourceBundle(language, NAMESPACE)) return Promise.resolve();
    const added = loaders.rest(language).then((rest) => {
      i18n.addResourceBundle(language, NAMESPACE, rest, true, false);
    });
    // A failed load is forgotten, so the next page that asks for every message tries again.
    added.catch(() => restIn.delete(language));
    restIn.set(language, added);
    return added;
  }

  return {
    backend,
    loadAllMessages() {
      everyMessageWanted = true;
      return addRest(languageChangingTo(i18n) ?? i18n.language);
    },
    async switchLanguage(language) {
      if (everyMessageWanted) await addRest(language);
      await i18n.changeLanguage(language);
    },
  };
}
