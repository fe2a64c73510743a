// The verification photo the second review decides on, described (its bytes are at its contentUrl).
import { ReviewPhotoSchema } from '@beian/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';

export const reviewPhotoKey = (filingId: string) => ['review', 'filing', filingId, 'photo'] as const;

export const useReviewPhoto = (filingId: string) =>
  useQuery({
    queryKey: reviewPhotoKey(filingId),
    queryFn: ({ signal }) =>
      apiClient.get(`/api/review/filings/${filingId}/photo`, { schema: ReviewPhotoSchema, signal }),
  });
