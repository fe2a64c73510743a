// Where each role works, and where to send someone once they are signed in.
import type { Role } from '@beian/contracts';

export const ROLE_HOME: Record<Role, string> = {
  APPLICANT: '/console',
  REVIEWER: '/review',
  ADMIN: '/admin',
  OPERATOR: '/photo-point',
};

/** The account & security page, which every area has. */
export const ACCOUNT_PATH = '/account';
export const accountPathFor = (role: Role) => `${ROLE_HOME[role]}${ACCOUNT_PATH}`;

function isInternalPath(path: string): boolean {
  // "//host" and "/\host" are read by browsers as other sites.
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}

/** The page someone was heading for, if it lies in their own area; otherwise their role's home. */
export function destinationFor(role: Role, next?: string | null): string {
  const home = ROLE_HOME[role];
  if (!next || !isInternalPath(next)) return home;
  // Account emails link to /account, which is the account page of whichever area the person works in.
  if (next === ACCOUNT_PATH) return accountPathFor(role);
  const pathname = next.split(/[?#]/, 1)[0] ?? '';
  return pathname === home || pathname.startsWith(`${home}/`) ? next : home;
}
