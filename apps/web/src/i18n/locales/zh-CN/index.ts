// Simplified Chinese, the default language; its shape is the type every other language must match. It comes in three
// parts that the app loads separately (i18n.ts): core.ts on every page, console.ts with a console page, staff.ts with
// a staff page. Together they are every message.
import { zhCNConsole } from './console.ts';
import { zhCNCore } from './core.ts';
import { zhCNStaff } from './staff.ts';

export const zhCN = { ...zhCNCore, ...zhCNConsole, ...zhCNStaff };

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Messages = Strings<typeof zhCN>;
export type CoreMessages = Strings<typeof zhCNCore>;
export type ConsoleMessages = Strings<typeof zhCNConsole>;
export type StaffMessages = Strings<typeof zhCNStaff>;
