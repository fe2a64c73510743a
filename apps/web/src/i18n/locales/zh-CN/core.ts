// Simplified Chinese, the messages a page needs before the console: the frame (skip link, language switch, error
// pages), the sign-in area and form feedback. A page load fetches these first; the others (console.ts, staff.ts)
// come with the first page that needs them, so the sign-in page does not download the console's wording.
import { auth } from './auth.ts';
import { authLinks } from './auth-links.ts';
import { common } from './common.ts';
import { errors, validation } from './feedback.ts';
import { notFound, routeError } from './pages.ts';

export const zhCNCore = {
  common,
  auth,
  authLinks,
  validation,
  errors,
  notFound,
  routeError,
};
