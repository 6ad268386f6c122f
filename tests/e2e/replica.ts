/** Helpers for the replica server (tests/replicas/server.mjs), which Playwright starts as its webServer. */
import { noticePages, officialSites } from '../../utils/official-sites';
import type { LoggedRequest } from '../replicas/server.mjs';

export const REPLICA_PORT = Number(process.env.REPLICA_PORT ?? 4580);
export const officialHosts = [...officialSites.flatMap((site) => site.hosts), ...noticePages.map((site) => site.host)];

export async function replicaLog(): Promise<LoggedRequest[]> {
  return (await fetch(`http://127.0.0.1:${REPLICA_PORT}/__log`)).json();
}

export async function resetReplicaLog(): Promise<void> {
  await fetch(`http://127.0.0.1:${REPLICA_PORT}/__reset`);
}
