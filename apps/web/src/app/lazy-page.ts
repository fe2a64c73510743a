// Pages load as their own chunks, so the sign-in page does not download the review desk or the admin console. A
// lazy page can be asked to start loading early (preloadMatchedPages) so its chunk comes in alongside the app's own.
// A page also waits for the parts of the language's messages it is worded with (i18n.ts): the core alone for the
// sign-in area, the consoles' words for an applicant's page, every message for a staff page.
import {
  type ComponentProps,
  type ComponentType,
  createElement,
  isValidElement,
  lazy,
  type ReactElement,
  type ReactNode,
} from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { loadMessages, type MessagePart } from '../i18n/i18n.ts';

// Pages take any props (or none); React.lazy's own constraint is written the same way.
// biome-ignore lint/suspicious/noExplicitAny: a page's props are whatever its route passes
type AnyPage = ComponentType<any>;

export type LazyPage<T extends AnyPage> = ((props: ComponentProps<T>) => ReactElement) & {
  preload(): Promise<unknown>;
};

/** Which messages a page is worded with: the core alone (the sign-in area), the consoles' words too (an applicant's
 * page), or every message (a reviewer's, administrator's or photo point's page). */
export type PageMessages = 'core' | 'console' | 'all';

const PARTS: Record<PageMessages, readonly MessagePart[]> = {
  core: [],
  console: ['console'],
  all: ['console', 'staff'],
};

export type LazyPageOptions = {
  /** Every message unless the page says less is enough. */
  messages?: PageMessages;
};

/** The page `name` exported by the module `load` imports, loaded (with the messages it needs) the first time it
 * renders or is preloaded. Once loaded it renders directly: a page preloaded before its first render (at start-up)
 * never shows the fallback, which would flash and shift the layout. */
export function lazyPage<M extends Record<K, AnyPage>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
  { messages = 'all' }: LazyPageOptions = {},
): LazyPage<M[K]> {
  let loaded: M[K] | undefined;
  let loading: Promise<M[K]> | undefined;
  const preload = () => {
    const parts = PARTS[messages];
    loading ??= Promise.all([load(), parts.length > 0 ? loadMessages(parts) : undefined]).then(([module]) => {
      loaded = module[name];
      return module[name];
    });
    return loading;
  };
  const Suspending = lazy(() => preload().then((page) => ({ default: page })));
  // Made once per page at module level (the route registry calls lazyPage as it is loaded), never during a render,
  // so React sees one stable component per page.
  // biome-ignore lint/correctness/noComponentHookFactories: called once per page when the routes module loads
  const Page = (props: ComponentProps<M[K]>) => createElement(loaded ?? Suspending, props);
  return Object.assign(Page, { preload });
}

const isLazyPage = (type: unknown): type is LazyPage<AnyPage> =>
  (typeof type === 'function' || (typeof type === 'object' && type !== null)) &&
  'preload' in type &&
  typeof type.preload === 'function';

/** Renders its children once the language has the messages a console's frame is worded with (navigation, headers):
 * the frame ships with the app but needs more than the core messages. One per level (the applicant's frame is worded
 * with the consoles' words; the staff's with every message). */
const PassThrough = ({ children }: { children?: ReactNode }) => children;
export const MessagesFor = {
  console: lazyPage(async () => ({ PassThrough }), 'PassThrough', { messages: 'console' }),
  all: lazyPage(async () => ({ PassThrough }), 'PassThrough', { messages: 'all' }),
};

/** Every lazy element in `node`, however deep in its props (a guard's children, a layout). */
function lazyElementsIn(node: unknown, found: LazyPage<AnyPage>[] = []): LazyPage<AnyPage>[] {
  if (!isValidElement(node)) return found;
  if (isLazyPage(node.type)) found.push(node.type);
  for (const value of Object.values(node.props as Record<string, unknown>)) lazyElementsIn(value, found);
  return found;
}

/** Starts loading the pages the address renders (and the messages they need), before React gets to them: on a first
 * visit the page's chunk then downloads in parallel with the session check instead of after it. */
export function preloadMatchedPages(routes: RouteObject[], pathname: string): Promise<unknown> {
  const loads = (matchRoutes(routes, pathname) ?? []).flatMap((match) =>
    lazyElementsIn(match.route.element).map((page) => page.preload()),
  );
  // A failed load shows on render, through the route's error boundary.
  return Promise.allSettled(loads);
}

/** Every lazy page the registry names, loaded: for tests, which render pages at once as the app did before it split. */
export async function preloadAllPages(routes: RouteObject[]): Promise<void> {
  const loads: Promise<unknown>[] = [];
  const visit = (list: RouteObject[]) => {
    for (const route of list) {
      for (const page of lazyElementsIn(route.element)) loads.push(page.preload());
      visit(route.children ?? []);
    }
  };
  visit(routes);
  await Promise.all(loads);
}
