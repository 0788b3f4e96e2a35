/**
 * Firefox has no `--host-resolver-rules`: it reaches the fixture pages under the real host names
 * through this HTTP CONNECT proxy, which pipes the sites' HTTPS ports to the local fixture server
 * and refuses every other host (so no test can reach the network, and a stray request shows up
 * in `refused`).
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ConnectProxy {
  port: number;
  /** `host:port` of every CONNECT or plain request that was refused. */
  refused: string[];
  close(): Promise<void>;
}

/** Tunnel `host:443` to 127.0.0.1:`targetPort` for each host `allow` accepts; refuse the rest. */
export async function startConnectProxy(targetPort: number, allow: (host: string) => boolean): Promise<ConnectProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    // Plain HTTP through the proxy: never needed by the fixtures.
    refused.push(req.headers.host ?? req.url ?? '?');
    res.writeHead(403).end();
  });
  server.on('connect', (req, client: Socket) => {
    const [host = '', port = ''] = (req.url ?? '').split(':');
    if (port !== '443' || !allow(host)) {
      refused.push(req.url ?? '?');
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => (s === client ? upstream : client).destroy());
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
