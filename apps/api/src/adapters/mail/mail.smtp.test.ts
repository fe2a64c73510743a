import { once } from 'node:events';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMail } from './mail.smtp.ts';

// A bare SMTP server on loopback that accepts every message and keeps what it was sent.
let server: Server;
let url: string;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((socket) => {
    let data = false;
    let message = '';
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('latin1').split('\r\n').slice(0, -1)) {
        if (data) {
          if (line === '.') {
            data = false;
            received.push(message);
            socket.write('250 2.0.0 queued as test-1\r\n');
          } else message += `${line}\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 test\r\n');
        else if (/^DATA/i.test(line)) {
          data = true;
          message = '';
          socket.write('354 go ahead\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

describe('createSmtpMail', () => {
  it('sends the first email through a transport it opens then, and the next through the same', async () => {
    const mail = createSmtpMail({ url, from: 'Beian Console <no-reply@example.test>' });
    const first = await mail.send({ to: 'a@example.test', subject: 'First', text: 'Hello' });
    const second = await mail.send({ to: 'b@example.test', subject: 'Second', text: 'Again' });
    mail.close();
    expect(first.messageId).toMatch(/@/);
    expect(second.messageId).not.toBe(first.messageId);
    expect(received).toHaveLength(2);
    expect(received[0]).toMatch(/^Subject: First$/m);
    expect(received[0]).toMatch(/^To: a@example\.test$/m);
    expect(received[1]).toMatch(/^Subject: Second$/m);
  });

  it('closes cleanly when no email was sent, so nothing was opened', () => {
    expect(() => createSmtpMail({ url, from: 'no-reply@example.test' }).close()).not.toThrow();
  });
});
