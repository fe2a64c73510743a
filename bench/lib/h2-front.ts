// An HTTPS front that speaks HTTP/2 to the browser and HTTP/1.1 to the API, as the TLS-terminating load balancer or
// CDN in front of a production console does. For `H2=1 npm run bench:lighthouse`: over plain HTTP/1.1 a browser opens
// at most six connections to the API, so a page of many small chunks waits for round trips that HTTP/2 multiplexes.
// The certificate is self-signed for 127.0.0.1, made with openssl for the run (Chromium is told to accept it).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface H2Front {
  url: string;
  close(): Promise<void>;
}

async function selfSigned(): Promise<{ key: Buffer; cert: Buffer }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'beian-h2-'));
  try {
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    return { key: await readFile(key), cert: await readFile(cert) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Headers HTTP/2 does not carry (connection-specific ones, which Node refuses to send). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

export async function startH2Front(target: string): Promise<H2Front> {
  const upstreamUrl = new URL(target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http2.createSecureServer({ ...(await selfSigned()), allowHTTP1: true });
  server.on('request', (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => {
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !name.startsWith(':')));
    headers.host = upstreamUrl.host;
    headers['x-forwarded-proto'] = 'https';
    const upstream = http.request(
      { agent, host: upstreamUrl.hostname, port: upstreamUrl.port, method: req.method, path: req.url, headers },
      (answer) => {
        const kept = Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name));
        res.writeHead(answer.statusCode ?? 502, Object.fromEntries(kept));
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      agent.destroy();
    },
  };
}
