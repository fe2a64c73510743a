// Every change to a photo point: create, edit (with the updatedAt it was read at), deactivate and reactivate, and
// placing or removing operators. Each answers the point as it now is, which goes straight into the cache; the list
// and the operator list are read again, since counts and placements moved.
import {
  type AdminPhotoPointDetail,
  AdminPhotoPointDetailSchema,
  type PhotoPointFields,
  type UpdatePhotoPoint,
} from '@beian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';
import { isApiError } from '../../../lib/api-error.ts';
import { photoPointKeys } from './photo-points-api.ts';

const base = '/api/admin/photo-points';
const schema = AdminPhotoPointDetailSchema;

function useKeepPoint() {
  const queryClient = useQueryClient();
  return (point: AdminPhotoPointDetail) => {
    queryClient.setQueryData(photoPointKeys.detail(point.id), point);
    void queryClient.invalidateQueries({ queryKey: [...photoPointKeys.all, 'list'] });
    void queryClient.invalidateQueries({ queryKey: photoPointKeys.operators });
  };
}

export function useCreatePhotoPoint() {
  const keep = useKeepPoint();
  return useMutation({
    mutationFn: (fields: PhotoPointFields) => apiClient.post(base, { body: fields, schema }),
    onSuccess: keep,
  });
}

export function useUpdatePhotoPoint(id: string) {
  const keep = useKeepPoint();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (edit: UpdatePhotoPoint) => apiClient.patch(`${base}/${id}`, { body: edit, schema }),
    onSuccess: keep,
    // Another admin changed the point since it was read: read it again, so the form starts from their version.
    onError: (error) => {
      if (isApiError(error, 'STALE_VERSION'))
        void queryClient.invalidateQueries({ queryKey: photoPointKeys.detail(id) });
    },
  });
}

export function useSetActive(id: string) {
  const keep = useKeepPoint();
  return useMutation({
    mutationFn: (active: boolean) => apiClient.post(`${base}/${id}/${active ? 'activate' : 'deactivate'}`, { schema }),
    onSuccess: keep,
  });
}

export function usePlaceOperator(id: string) {
  const keep = useKeepPoint();
  return useMutation({
    mutationFn: ({ accountId, placed }: { accountId: string; placed: boolean; name: string }) =>
      placed
        ? apiClient.put(`${base}/${id}/operators/${accountId}`, { schema })
        : apiClient.delete(`${base}/${id}/operators/${accountId}`, { schema }),
    onSuccess: keep,
  });
}
