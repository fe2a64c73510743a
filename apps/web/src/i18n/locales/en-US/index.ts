// English, the second language, in the same three parts as the Chinese messages; typed against them so that no key
// can be missing.
import type { Messages } from '../zh-CN/index.ts';
import { enUSConsole } from './console.ts';
import { enUSCore } from './core.ts';
import { enUSStaff } from './staff.ts';

export const enUS: Messages = { ...enUSCore, ...enUSConsole, ...enUSStaff };
