// One layout per role: the shared shell with that role's navigation.
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../../features/notifications/notifications-api.ts';
import { ConsoleShell } from './console-shell.tsx';

export function ApplicantLayout() {
  const { t } = useTranslation();
  const unread = useUnreadCount() ?? 0;
  return (
    <ConsoleShell
      area="APPLICANT"
      items={[
        { to: '/console', label: t('applicant.nav.filings'), end: true },
        { to: '/console/filings/new', label: t('filing.nav.newFiling') },
        {
          to: '/console/notifications',
          label: t('notifications.nav'),
          ...(unread > 0 ? { badge: { count: unread, label: t('notifications.navUnread', { count: unread }) } } : {}),
        },
      ]}
    />
  );
}

export function ReviewerLayout() {
  const { t } = useTranslation();
  return (
    <ConsoleShell
      area="REVIEWER"
      items={[
        { to: '/review', label: t('review.nav.workbench'), end: true },
        { to: '/review/initial', label: t('reviewQueue.nav') },
        { to: '/review/second', label: t('reviewQueue.second.nav') },
        { to: '/review/returned', label: t('returnedFilings.nav') },
      ]}
    />
  );
}

export function AdminLayout() {
  const { t } = useTranslation();
  return (
    <ConsoleShell
      area="ADMIN"
      items={[
        { to: '/admin', label: t('admin.nav.overview'), end: true },
        { to: '/admin/photo-points', label: t('adminPhotoPoints.nav') },
        { to: '/admin/curtains', label: t('adminCurtains.nav') },
        { to: '/admin/rules', label: t('adminRules.nav') },
        { to: '/admin/calendar', label: t('adminCalendar.nav') },
        { to: '/admin/users', label: t('adminUsers.nav') },
        { to: '/admin/review-assignments', label: t('reviewAssignments.nav') },
        { to: '/admin/returned', label: t('returnedFilings.nav') },
        { to: '/admin/audit-log', label: t('admin.nav.audit') },
        { to: '/admin/simulator', label: t('simulator.nav') },
      ]}
    />
  );
}

export function OperatorLayout() {
  const { t } = useTranslation();
  return (
    <ConsoleShell area="OPERATOR" items={[{ to: '/photo-point', label: t('photoPoint.nav.search'), end: true }]} />
  );
}
