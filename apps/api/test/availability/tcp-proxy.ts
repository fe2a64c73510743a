// A TCP proxy in front of PostgreSQL that a test can cut (every connection dropped, new ones refused, as when the
// database host goes away) and restore on the same port.
import { connect, createServer, type Server, type Socket } from 'node:net';

export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };

  function listen(): Promise<void> {
    const next = createServer((client) => {
      const upstream = connect(target.port, target.host);
      track(client);
      track(upstream);
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    server = next;
    return new Promise((resolve) =>
      next.listen(port, '127.0.0.1', () => {
        port = (next.address() as { port: number }).port;
        resolve();
      }),
    );
  }

  await listen();
  return {
    port,
    /** Drops every connection and refuses new ones until restore(). */
    async cut() {
      const closing = server;
      server = null;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => (closing ? closing.close(() => resolve()) : resolve()));
    },
    restore: listen,
    close() {
      return this.cut();
    },
  };
}
