// The photo step of the filing the wizard holds. Keyed under the filing and by its version, so any change the wizard
// stores for the filing (a new status seen on reload) reads the step again. While a new version's step is read, the
// step as last read stays on screen: a photo just sent re-reads the filing and the step together, and whichever
// answer came first, the page would otherwise show where the photo stands, then a spinner, then the same again.
import type { FilingDetail } from '@beian/contracts';
import { useQuery } from '@tanstack/react-query';
import { filingKeys } from '../../api/filing-queries.ts';
import { getPhotoStep } from './photo-api.ts';

export const photoStepKey = (id: string, version: number) => [...filingKeys.detail(id), 'photo', version] as const;

export function usePhotoStep(filing: Pick<FilingDetail, 'id' | 'version'>) {
  return useQuery({
    queryKey: photoStepKey(filing.id, filing.version),
    queryFn: ({ signal }) => getPhotoStep(filing.id, signal),
    // Never another filing's step: the wizard may move to another filing without leaving this page.
    placeholderData: (previous) => (previous?.id === filing.id ? previous : undefined),
  });
}
