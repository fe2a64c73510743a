// English, the messages a page needs before the console (see zh-CN/core.ts); typed against the Chinese ones.
import type { CoreMessages } from '../zh-CN/index.ts';
import { auth } from './auth.ts';
import { authLinks } from './auth-links.ts';
import { common } from './common.ts';
import { errors, validation } from './feedback.ts';
import { notFound, routeError } from './pages.ts';

export const enUSCore: CoreMessages = {
  common,
  auth,
  authLinks,
  validation,
  errors,
  notFound,
  routeError,
};
