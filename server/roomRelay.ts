// The workshop room's relay: a Yjs WebSocket server (`@y/websocket-server`) that keeps each room's
// shared document in memory and passes updates and awareness between the teacher and students.
// It never interprets what a room holds: every client checks every command itself (src/room).
// It refuses a message larger than `maxBytes` (the client's limits are smaller) so nobody can make
// it hold a huge document, and serves nothing else but a short "eventscape room relay" text.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { docs, setupWSConnection } from '@y/websocket-server/utils';

/** Port the relay listens on unless told otherwise. */
export const DEFAULT_RELAY_PORT = 4455;
/** Largest WebSocket message the relay takes: a document at the limit, with room to spare. */
export const RELAY_MAX_BYTES = 8 * 1024 * 1024;

export interface RelayOptions {
  /** 0 picks a free port. */
  port?: number;
  /** 127.0.0.1 by default: reachable from this machine only. */
  host?: string;
  maxBytes?: number;
}

export interface RoomRelay {
  port: number;
  host: string;
  /** Rooms held in memory now. */
  rooms(): number;
  close(): Promise<void>;
}

/** Start a relay; resolves once it listens. */
export function startRoomRelay(options: RelayOptions = {}): Promise<RoomRelay> {
  const host = options.host ?? '127.0.0.1';
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxBytes ?? RELAY_MAX_BYTES });
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' });
    response.end('eventscape room relay\n');
  });
  wss.on('connection', (socket, request) => setupWSConnection(socket, request));
  server.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_RELAY_PORT, host, () => {
      const address = server.address() as AddressInfo;
      resolve({
        port: address.port,
        host,
        rooms: () => docs.size,
        close: () =>
          new Promise<void>((done) => {
            for (const client of wss.clients) client.terminate();
            wss.close();
            server.close(() => done());
          }),
      });
    });
  });
}
