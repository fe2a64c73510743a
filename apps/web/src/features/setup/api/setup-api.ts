// The first-administrator setup endpoints, typed by the shared contracts.
import { type Account, type FirstAdminBody, MeResponseSchema, type SetupLink, SetupLinkSchema } from '@beian/contracts';
import { apiClient } from '../../../lib/api-client.ts';

export function checkSetupLink(token: string): Promise<SetupLink> {
  return apiClient.post('/api/setup/link', { body: { token }, schema: SetupLinkSchema });
}

export async function createFirstAdmin(body: FirstAdminBody): Promise<Account> {
  const { account } = await apiClient.post('/api/setup/admin', { body, schema: MeResponseSchema });
  return account;
}
