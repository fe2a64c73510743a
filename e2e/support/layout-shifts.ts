// What moved on the page while it loaded: the layout shifts the browser recorded, read after the load.
import type { Page } from '@playwright/test';

/** The value of each layout shift recorded so far (an empty list when nothing moved). */
export function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        new PerformanceObserver((list) =>
          resolve(list.getEntries().map((entry) => (entry as PerformanceEntry & { value: number }).value)),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve([]), 500);
      }),
  );
}
