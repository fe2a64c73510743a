// The notification centre's calls: the list, the unread count the navigation polls, and marking notifications read.
// Every signed-in layout counts, and the layouts come with the first page, so the schemas load with the first answer
// (docs/decisions/049).
import type { MarkNotificationsReadBody } from '@beian/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client.ts';

const schemas = () => import('./notification-schemas.ts');
const unreadCountSchema = () => schemas().then((s) => s.UnreadCountSchema);

export const notificationsKey = ['notifications', 'list'] as const;
export const unreadCountKey = ['notifications', 'unread'] as const;

/** How often the navigation asks for the unread count: new notifications come from reviewers, not from this tab. */
const UNREAD_POLL_MS = 30_000;

export function useNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) =>
      apiClient.get('/api/notifications', { schema: () => schemas().then((s) => s.NotificationListSchema), signal }),
  });
}

/** The unread count for the navigation's badge; undefined until known (or when it cannot be read: no badge then). */
export function useUnreadCount(): number | undefined {
  return useQuery({
    queryKey: unreadCountKey,
    queryFn: ({ signal }) => apiClient.get('/api/notifications/unread-count', { schema: unreadCountSchema, signal }),
    refetchInterval: UNREAD_POLL_MS,
    select: (count) => count.unread,
  }).data;
}

/**
 * Marks the named notifications (or all without `ids`) read; the answer is the unread count left, which the badge
 * shows at once. The list is left as it was, so what was unread on this visit stays marked until the next one.
 */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkNotificationsReadBody) =>
      apiClient.post('/api/notifications/read', { body, schema: unreadCountSchema }),
    onSuccess: (count) => queryClient.setQueryData(unreadCountKey, count),
  });
}
