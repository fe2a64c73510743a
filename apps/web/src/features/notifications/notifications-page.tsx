// /console/notifications: what happened to the applicant's filings, newest first; unread ones are marked on this
// visit and marked read once shown, and everything can be marked read at once.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { errorMessage } from '../../lib/error-message.ts';
import { NotificationItem } from './notification-item.tsx';
import { notificationsKey, useMarkNotificationsRead, useNotifications } from './notifications-api.ts';
import { useMarkShownRead } from './use-mark-shown-read.ts';
import './notifications.css';

/** The API lists the newest 100; older ones still count as unread until marked. */
const LIST_LIMIT = 100;

export function NotificationsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useNotifications();
  const markAll = useMarkNotificationsRead();
  const shown = list.data?.notifications;
  useMarkShownRead(shown);

  // Reloading the list after "mark all" clears this visit's marks, which is what the reader asked for.
  const onMarkAll = () =>
    markAll.mutate({}, { onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }) });

  const actions = shown?.length ? (
    <Button variant="secondary" busy={markAll.isPending} onClick={onMarkAll}>
      {t('notifications.page.markAll')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('notifications.page.title')} intro={t('notifications.page.intro')} actions={actions} />
      <div role="status" className="notices__status">
        {markAll.isSuccess ? t('notifications.page.markedAll') : null}
      </div>
      {markAll.isError ? (
        <Alert tone="error">{t('notifications.page.markAllFailed', { message: errorMessage(markAll.error) })}</Alert>
      ) : null}
      <Card>
        {list.isPending ? <Spinner label={t('common.loading')} /> : null}
        {list.isError ? (
          <Alert tone="error">
            <p>{t('notifications.page.loadFailed', { message: errorMessage(list.error) })}</p>
            <Button variant="secondary" onClick={() => void list.refetch()}>
              {t('notifications.page.retry')}
            </Button>
          </Alert>
        ) : null}
        {shown?.length === 0 ? (
          <EmptyState title={t('notifications.page.emptyTitle')}>
            <p>{t('notifications.page.emptyBody')}</p>
          </EmptyState>
        ) : null}
        {shown?.length ? (
          <ul className="notices" aria-label={t('notifications.page.listLabel')}>
            {shown.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                unread={notification.readAt === null}
              />
            ))}
          </ul>
        ) : null}
        {shown && shown.length >= LIST_LIMIT ? (
          <p className="muted">{t('notifications.page.limited', { limit: LIST_LIMIT })}</p>
        ) : null}
      </Card>
    </>
  );
}
