// Reads an SMS code the way a tester would: from the simulated gateway's outbox, signed in as the demo admin
// in a request context of its own (the applicant's browser never sees the outbox).
import { type APIRequestContext, expect, request } from '@playwright/test';
import { DEMO_PASSWORD } from './auth.ts';

async function adminContext(baseURL: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  const token = async () => ((await (await context.get('/api/auth/csrf')).json()) as { token: string }).token;
  const login = await context.post('/api/auth/login', {
    data: { email: 'admin@demo.beian.test', password: DEMO_PASSWORD },
    headers: { 'x-csrf-token': await token() },
  });
  expect(login.ok()).toBe(true);
  return context;
}

type OutboxMessage = { mobileMasked: string; purpose: string; body: string; sentAt: string };

/**
 * The newest 6-digit code texted to the masked mobile (e.g. "139****5678") since `since`; `after` is the words that
 * come just before the code in the text (MIIT's texts carry the order number's digits before it).
 */
export async function latestSmsCode(baseURL: string, mobileMasked: string, since: Date, after = ''): Promise<string> {
  const admin = await adminContext(baseURL);
  try {
    let code: string | undefined;
    await expect
      .poll(async () => {
        const response = await admin.get('/api/simulator/sms-outbox?limit=50');
        const { messages } = (await response.json()) as { messages: OutboxMessage[] };
        // The newest text to that mobile that carries a code after the words (a notice may have come since).
        const pattern = new RegExp(`${after}\\s*(\\d{6})`);
        code = messages
          .filter((m) => m.mobileMasked === mobileMasked && Date.parse(m.sentAt) >= since.getTime() - 1000)
          .map((m) => m.body.match(pattern)?.[1])
          .find((found) => found !== undefined);
        return code;
      })
      .toBeTruthy();
    return code as string;
  } finally {
    await admin.dispose();
  }
}
