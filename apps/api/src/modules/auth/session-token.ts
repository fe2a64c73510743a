// Session tokens: 256 random bits in the cookie, only their SHA-256 in the database.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'beian_session';
export const newSessionToken = () => randomBytes(32).toString('base64url');
export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');
