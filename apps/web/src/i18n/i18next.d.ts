// Types translation keys against the Chinese messages, so a mistyped key fails the type check instead of showing raw.
import 'i18next';
import type { Messages } from './locales/zh-CN/index.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
    returnNull: false;
  }
}
