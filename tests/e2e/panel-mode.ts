/** Puts the panel in a display mode with its own buttons, as a resident would (the choice is remembered). */
import { expect, type Page } from '@playwright/test';

export type PanelMode = 'expanded' | 'collapsed' | 'large';
export const panelModes: PanelMode[] = ['expanded', 'collapsed', 'large'];

export async function setPanelMode(page: Page, mode: PanelMode): Promise<void> {
  const toggle = page.locator('yibao-helper button.toggle');
  const large = page.locator('yibao-helper button[aria-pressed]');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  if ((await large.getAttribute('aria-pressed')) !== String(mode === 'large')) await large.click();
  if (mode === 'collapsed') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', String(mode !== 'collapsed'));
  await expect(page.locator('yibao-helper .panel')).toHaveClass(mode === 'large' ? /\blarge\b/ : /^(?!.*\blarge\b)/);
}
