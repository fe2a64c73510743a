// Both languages' messages as one i18next resource set, bundled: for tests and checks that read every language at
// once. The app itself loads a language's chunk when it is needed (i18n.ts).
import { enUS } from './locales/en-US/index.ts';
import { zhCN } from './locales/zh-CN/index.ts';

export const resources = { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } } as const;
