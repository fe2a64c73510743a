// A fresh mount renders in slices: work queued meanwhile (a timer here, input or painting in a browser) runs before
// a slow first render commits, instead of after it.
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { mountApp } from './mount-app.ts';

/** Blocks the thread for `ms`, as a component with a lot to render does. */
function busy(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

function Slow() {
  busy(8);
  return <li>row</li>;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function Committed({ events }: { events: string[] }) {
  useLayoutEffect(() => {
    events.push('committed');
  }, [events]);
  return null;
}

function slowApp(events: string[]) {
  return (
    <ul>
      {Array.from({ length: 12 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of identical rows
        <Slow key={i} />
      ))}
      <Committed events={events} />
    </ul>
  );
}

async function mountAndWait(hydrate: boolean, container = document.createElement('div')) {
  const events: string[] = [];
  document.body.append(container);
  const root = mountApp(container, slowApp(events), { hydrate });
  cleanups.push(() => {
    root.unmount();
    container.remove();
  });
  setTimeout(() => events.push('timer'), 0);
  await new Promise<void>((resolve) => {
    const check = () => (events.includes('committed') && events.includes('timer') ? resolve() : setTimeout(check, 5));
    check();
  });
  return { events, container };
}

describe('mountApp', () => {
  it('renders a fresh page in slices, so a timer queued after the mount runs before the slow render commits', async () => {
    const { events, container } = await mountAndWait(false);
    expect(events).toEqual(['timer', 'committed']);
    expect(container.querySelectorAll('li')).toHaveLength(12);
  });

  it('hydrates markup rendered at build time in place and in slices, keeping its very elements', async () => {
    const prerendered = document.createElement('div');
    prerendered.innerHTML = `<ul>${'<li>row</li>'.repeat(12)}</ul>`;
    const elements = [...prerendered.querySelectorAll('li')];
    const { container, events } = await mountAndWait(true, prerendered);
    expect(events).toEqual(['timer', 'committed']);
    // The same objects, not equal ones: a fresh render would have put new elements in their place.
    const after = [...container.querySelectorAll('li')];
    expect(after).toHaveLength(elements.length);
    for (const [i, element] of after.entries()) expect(element).toBe(elements[i]);
  });
});
