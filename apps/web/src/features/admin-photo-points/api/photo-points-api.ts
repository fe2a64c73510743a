// What the photo-point pages read: the filtered list, one point with its operators, and every operator account.
import {
  AdminPhotoPointDetailSchema,
  AdminPhotoPointListSchema,
  type AdminPhotoPointQuery,
  AssignableOperatorListSchema,
} from '@beian/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';
import { addressFor } from '../photo-points-address.ts';

export const photoPointKeys = {
  all: ['admin', 'photo-points'] as const,
  list: (query: AdminPhotoPointQuery) => ['admin', 'photo-points', 'list', query] as const,
  detail: (id: string) => ['admin', 'photo-points', 'detail', id] as const,
  operators: ['admin', 'photo-points', 'operators'] as const,
};

export const listPath = (query: AdminPhotoPointQuery) => {
  const params = addressFor(query).toString();
  return params ? `/api/admin/photo-points?${params}` : '/api/admin/photo-points';
};

export const usePhotoPointList = (query: AdminPhotoPointQuery) =>
  useQuery({
    queryKey: photoPointKeys.list(query),
    queryFn: ({ signal }) => apiClient.get(listPath(query), { schema: AdminPhotoPointListSchema, signal }),
    placeholderData: keepPreviousData,
  });

export const usePhotoPoint = (id: string) =>
  useQuery({
    queryKey: photoPointKeys.detail(id),
    queryFn: ({ signal }) =>
      apiClient.get(`/api/admin/photo-points/${id}`, { schema: AdminPhotoPointDetailSchema, signal }),
  });

export const useAssignableOperators = () =>
  useQuery({
    queryKey: photoPointKeys.operators,
    queryFn: ({ signal }) =>
      apiClient.get('/api/admin/photo-points/operators', { schema: AssignableOperatorListSchema, signal }),
  });
