// The photo-point directory as the API lists it: active points by province and city, the filing's province first.
import { type PhotoPointDirectory, PhotoPointDirectorySchema } from '@beian/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../../../lib/api-client.ts';

export function usePhotoPointDirectory(province: string, q: string) {
  return useQuery({
    queryKey: ['photo-points', province, q],
    queryFn: ({ signal }): Promise<PhotoPointDirectory> => {
      const query = new URLSearchParams({ province, ...(q ? { q } : {}) });
      return apiClient.get(`/api/photo-points?${query}`, { schema: PhotoPointDirectorySchema, signal });
    },
    // The list stays on screen while a new search is on its way.
    placeholderData: keepPreviousData,
  });
}
