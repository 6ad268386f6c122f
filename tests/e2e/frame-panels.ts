/** Where our panels are in a tab: one entry per panel host, 'top' or the address of the frame holding it. */
import type { Page } from '@playwright/test';

export async function panelsByFrame(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    const count = await frame
      .locator('yibao-helper')
      .count()
      .catch(() => 0);
    for (let i = 0; i < count; i++) found.push(frame === page.mainFrame() ? 'top' : frame.url());
  }
  return found;
}
