// Accessibility checks for browser tests: every axe finding, whatever its impact (moderate ones such as a heading
// that skips a level included), worded so a failure names the rule and the nodes.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (v) => `${v.impact ?? 'unrated'} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
