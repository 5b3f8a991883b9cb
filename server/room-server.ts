// `npm run room-server [-- --port N] [--public]`: the workshop room's relay, on 127.0.0.1 unless
// `--public` (or HOST) says otherwise. PORT or --port chooses the port (default 4455).
import { DEFAULT_RELAY_PORT, startRoomRelay } from './roomRelay';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const port = Number(option('--port') ?? process.env.PORT ?? DEFAULT_RELAY_PORT);
const host = process.argv.includes('--public') ? '0.0.0.0' : (option('--host') ?? process.env.HOST ?? '127.0.0.1');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port: must be a whole number from 0 to 65535, not ${option('--port') ?? process.env.PORT}`);
  process.exit(2);
}

startRoomRelay({ port, host }).then(
  (relay) => {
    console.log(`Eventscape room relay at ws://${relay.host}:${relay.port} (Ctrl+C stops it)`);
    const stop = () => void relay.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: unknown) => {
    console.error(`The relay could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
