// The page's headings as axe's heading-order rule reads them: the first is the page's h1, and none skips a level on
// the way down (an h3 straight under the h1 is a fault; going back up any number of levels is not).
import { screen } from '@testing-library/react';
import { expect } from 'vitest';

export function expectHeadingsDescendOneLevelAtATime(): void {
  const levels = screen.getAllByRole('heading').map((heading) => Number(heading.tagName.slice(1)));
  expect(levels[0]).toBe(1);
  for (const [i, level] of levels.entries()) if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1);
}
