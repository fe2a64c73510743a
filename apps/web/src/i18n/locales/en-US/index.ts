// English, the second language, in the same two parts as the Chinese messages; typed against them so that no key
// can be missing.
import type { Messages } from '../zh-CN/index.ts';
import { enUSCore } from './core.ts';
import { enUSRest } from './rest.ts';

export const enUS: Messages = { ...enUSCore, ...enUSRest };
