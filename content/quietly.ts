/** Our errors never reach the official page: every task the page can trigger runs through here. */
import { logQuietly } from '#platform';

export function quietly(task: () => void): void {
  try {
    task();
  } catch (error) {
    try {
      logQuietly(error);
    } catch {
      // Not even through a broken console.
    }
  }
}
