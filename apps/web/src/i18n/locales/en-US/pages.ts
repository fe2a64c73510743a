// English: the pages every role can reach (not found, unexpected error).
import type { Messages } from '../zh-CN/index.ts';

export const notFound: Messages['notFound'] = {
  title: 'Page not found',
  heading: 'We cannot find this page',
  body: 'The address does not exist or has moved. Check it, or go back to the home page.',
};

export const routeError: Messages['routeError'] = {
  title: 'Something went wrong',
  heading: 'This page could not be loaded',
  body: 'A problem occurred while loading this page. Reload to try again; if it keeps happening, contact support and quote the request ID below.',
  reload: 'Reload page',
};
