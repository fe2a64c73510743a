// Simplified Chinese, the default language; its shape is the type every other language must match. It comes in two
// parts (core.ts, rest.ts) that the app loads separately; together they are every message.
import { zhCNCore } from './core.ts';
import { zhCNRest } from './rest.ts';

export const zhCN = { ...zhCNCore, ...zhCNRest };

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Messages = Strings<typeof zhCN>;
export type CoreMessages = Strings<typeof zhCNCore>;
export type RestMessages = Strings<typeof zhCNRest>;
