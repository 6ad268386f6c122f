import type { Server } from 'node:http';

export interface LoggedRequest {
  host: string;
  method: string;
  path: string;
  body?: string;
}

export function startReplicaServer(port?: number): Promise<{ server: Server; port: number; log: LoggedRequest[] }>;
