// The cookies of signing in: the session, the long-lived known-device cookie, the pre-session CSRF secret, and the
// simulated-mailbox receipt. All httpOnly and SameSite=Lax; Secure behind HTTPS.
import type { FastifyReply } from 'fastify';

export const SESSION_COOKIE = 'beian_session';
export const DEVICE_COOKIE = 'beian_device';
export const PRE_SESSION_COOKIE = 'beian_csrf';
export const MAILBOX_COOKIE = 'beian_sim_mailbox';

/** How long a browser stays known after its last sign-in there; the device cookie lasts as long. */
export const KNOWN_DEVICE_DAYS = 180;

// The device and mailbox cookies matter to the auth endpoints only, so no other request carries them.
const AUTH_PATH = '/api/auth';

export function createAuthCookies(secure: boolean) {
  const base = { httpOnly: true, sameSite: 'lax', secure } as const;
  return {
    setSession: (reply: FastifyReply, session: { token: string; expiresAt: Date }) =>
      reply.setCookie(SESSION_COOKIE, session.token, { ...base, path: '/', expires: session.expiresAt }),
    clearSession: (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, { path: '/' }),
    setDevice: (reply: FastifyReply, token: string) =>
      reply.setCookie(DEVICE_COOKIE, token, { ...base, path: AUTH_PATH, maxAge: KNOWN_DEVICE_DAYS * 86_400 }),
    setPreSession: (reply: FastifyReply, secret: string) =>
      reply.setCookie(PRE_SESSION_COOKIE, secret, { ...base, path: '/' }),
    clearPreSession: (reply: FastifyReply) => reply.clearCookie(PRE_SESSION_COOKIE, { path: '/' }),
    setMailbox: (reply: FastifyReply, receipt: string, maxAgeSeconds: number) =>
      reply.setCookie(MAILBOX_COOKIE, receipt, { ...base, path: AUTH_PATH, maxAge: maxAgeSeconds }),
  };
}

export type AuthCookies = ReturnType<typeof createAuthCookies>;
