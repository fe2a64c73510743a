// An account row as the admin's accounts page shows it.
import type { AdminAccount } from '@beian/contracts';
import type { ListedAccount } from './accounts.repository.ts';

export const adminAccountOf = (row: ListedAccount): AdminAccount => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  role: row.role,
  active: row.active,
  emailVerified: row.emailVerified,
  photoPoint: row.photoPoint,
  createdAt: row.createdAt.toISOString(),
});
