// Pages load as their own chunks, so the sign-in page does not download the review desk or the admin console. A
// lazy page can be asked to start loading early (preloadMatchedPages) so its chunk comes in alongside the app's own.
import { type ComponentProps, type ComponentType, createElement, isValidElement, lazy, type ReactElement } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';

// Pages take any props (or none); React.lazy's own constraint is written the same way.
// biome-ignore lint/suspicious/noExplicitAny: a page's props are whatever its route passes
type AnyPage = ComponentType<any>;

export type LazyPage<T extends AnyPage> = ((props: ComponentProps<T>) => ReactElement) & {
  preload(): Promise<unknown>;
};

/** The page `name` exported by the module `load` imports, loaded the first time it renders or is preloaded. Once
 * loaded it renders directly: a page preloaded before its first render (at start-up) never shows the fallback, which
 * would flash and shift the layout. */
export function lazyPage<M extends Record<K, AnyPage>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyPage<M[K]> {
  let loaded: M[K] | undefined;
  let loading: Promise<M[K]> | undefined;
  const preload = () => {
    loading ??= load().then((module) => {
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

/** Starts loading the pages the address renders, before React gets to them: on a first visit the page's chunk then
 * downloads in parallel with the session check instead of after it. */
export function preloadMatchedPages(routes: RouteObject[], pathname: string): Promise<unknown> {
  const loads: Promise<unknown>[] = [];
  for (const match of matchRoutes(routes, pathname) ?? []) {
    const element = match.route.element;
    if (isValidElement(element) && isLazyPage(element.type)) loads.push(element.type.preload());
  }
  // A failed load shows on render, through the route's error boundary.
  return Promise.allSettled(loads);
}

/** Every lazy page the registry names, loaded: for tests, which render pages at once as the app did before it split. */
export async function preloadAllPages(routes: RouteObject[]): Promise<void> {
  const loads: Promise<unknown>[] = [];
  const visitElement = (node: unknown) => {
    if (!isValidElement(node)) return;
    if (isLazyPage(node.type)) loads.push(node.type.preload());
    for (const value of Object.values(node.props as Record<string, unknown>)) visitElement(value);
  };
  const visit = (list: RouteObject[]) => {
    for (const route of list) {
      visitElement(route.element);
      visit(route.children ?? []);
    }
  };
  visit(routes);
  await Promise.all(loads);
}
