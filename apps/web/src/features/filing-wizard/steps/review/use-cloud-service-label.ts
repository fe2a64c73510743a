// Names a cloud-service choice for the summary: the resource's name from the account's list, or the auth code.
import type { CloudServiceRef } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { useResources } from '../../api/filing-queries.ts';

export function useCloudServiceLabel(): (ref: CloudServiceRef | null) => string | null {
  const { t } = useTranslation();
  const resources = useResources();
  return (ref) => {
    if (!ref) return null;
    if (ref.kind === 'AUTH_CODE') return t('filing.locked.authCode', { code: ref.code });
    const resource = resources.data?.find((r) => r.id === ref.resourceId);
    return resource?.name ?? t('filing.locked.resource', { id: ref.resourceId });
  };
}
