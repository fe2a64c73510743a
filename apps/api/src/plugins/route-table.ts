// Every route's method and path pattern, so that a request the router could not place can still be answered
// precisely: 405 with Allow when the path exists under other methods, and a bad percent-encoding or an over-long
// segment named by the parameter it fell in. Collected with an onRoute hook as routes are registered.
import type { RouteOptions } from 'fastify';

type Pattern = { method: string; regex: RegExp; params: string[] };

const escapeRegex = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

function compile(url: string): { regex: RegExp; params: string[] } {
  const params: string[] = [];
  const source = url
    .split('/')
    .map((segment) => {
      if (segment === '*') {
        params.push('*');
        return '(.*)';
      }
      // A parameter may sit inside a segment (":id.pdf" style); Fastify ends it at the next "/" or "-" or ".".
      return segment.replace(/:(\w+)|([^:]+)/g, (_whole, name: string | undefined, text: string | undefined) => {
        if (name === undefined) return escapeRegex(text ?? '');
        params.push(name);
        return '([^/]+?)';
      });
    })
    .join('/');
  return { regex: new RegExp(`^${source}$`), params };
}

export function createRouteTable() {
  const patterns: Pattern[] = [];

  return {
    add(route: Pick<RouteOptions, 'method' | 'url'>) {
      // The web app's fallback (GET /*) answers every unknown API path with 404 itself: it says nothing about which
      // methods a path has.
      if (route.url === '/*') return;
      const { regex, params } = compile(route.url);
      for (const method of [route.method].flat()) patterns.push({ method, regex, params });
    },

    /** The methods some route serves at this (raw, undecoded) path. */
    methodsAt(path: string): string[] {
      return [...new Set(patterns.filter((p) => p.regex.test(path)).map((p) => p.method))].sort();
    },

    /** The raw (still percent-encoded) parameters of the first route of `method` at this path, if any. */
    paramsAt(method: string, path: string): Record<string, string> | null {
      const candidates = [...patterns.filter((p) => p.method === method), ...patterns];
      for (const pattern of candidates) {
        const match = pattern.regex.exec(path);
        if (match) return Object.fromEntries(pattern.params.map((name, i) => [name, match[i + 1] ?? '']));
      }
      return null;
    },
  };
}

export type RouteTable = ReturnType<typeof createRouteTable>;
