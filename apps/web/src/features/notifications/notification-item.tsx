// One notification in the centre, worded by its template from its parameters, with links to the filing it is about.
import type { Notification } from '@beian/contracts';
import { formatBeijing, IDLE_EXPIRY_DAYS } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BureauNotificationBody, isBureauNotification } from './bureau-notification-body.tsx';

/** `unread` is whether it was unread when this visit opened the list (it is marked read while shown). */
export function NotificationItem({ notification, unread }: { notification: Notification; unread: boolean }) {
  const { t, i18n } = useTranslation();
  const { params, filingId } = notification;
  // The reasons in the reader's language where the rejection gave them so (older notifications have Chinese only).
  const reasons = (i18n.language.startsWith('zh') ? undefined : params.reasonsEn) ?? params.reasons;
  const orderNo = params.orderNo ?? '';
  const filingPath = filingId ? `/console/filings/${filingId}` : null;

  return (
    <li className={unread ? 'notice notice--unread' : 'notice'}>
      <div className="notice__head">
        {unread ? <span className="notice__unread">{t('notifications.item.unread')}</span> : null}
        <h2 className="notice__title">{t(titleKey(notification))}</h2>
      </div>
      <p className="notice__meta">
        {t('notifications.item.orderNo')} {filingPath ? <Link to={filingPath}>{orderNo}</Link> : orderNo}
        <span aria-hidden="true"> · </span>
        <time dateTime={notification.createdAt}>
          {t('notifications.item.received', {
            time: formatBeijing(notification.createdAt),
          })}
        </time>
      </p>
      {notification.template === 'FILING_SUBMITTED' ? (
        <p className="notice__message">
          {params.dueAt
            ? t('notifications.templates.FILING_SUBMITTED.message', {
                due: formatBeijing(params.dueAt, 'dateTime', { deadline: true }),
              })
            : t('notifications.templates.FILING_SUBMITTED.noDue')}
        </p>
      ) : null}
      {notification.template === 'INITIAL_APPROVED' ? (
        <>
          <p className="notice__message">{t('notifications.templates.INITIAL_APPROVED.message')}</p>
          {filingPath ? (
            <Link className="notice__action" to={`${filingPath}/photo`}>
              {t('notifications.templates.INITIAL_APPROVED.action')}
            </Link>
          ) : null}
        </>
      ) : null}
      {notification.template === 'INITIAL_REJECTED' ? (
        <>
          {reasons ? (
            <p className="notice__reasons">{t('notifications.templates.INITIAL_REJECTED.reasons', { reasons })}</p>
          ) : null}
          <p className="notice__message">{t('notifications.templates.INITIAL_REJECTED.message')}</p>
          {filingPath ? (
            <Link className="notice__action" to={filingPath}>
              {t('notifications.templates.INITIAL_REJECTED.action')}
            </Link>
          ) : null}
        </>
      ) : null}
      {notification.template === 'IDLE_REMINDER' ? (
        <>
          <p className="notice__message">
            {params.expiresAt
              ? t('notifications.templates.IDLE_REMINDER.message', {
                  count: Number(params.day ?? 0),
                  expiresAt: formatBeijing(params.expiresAt, 'dateTime', { deadline: true }),
                })
              : t('notifications.templates.IDLE_REMINDER.noExpiry', { days: IDLE_EXPIRY_DAYS })}
          </p>
          {filingPath ? (
            <Link className="notice__action" to={filingPath}>
              {t('notifications.templates.IDLE_REMINDER.action')}
            </Link>
          ) : null}
        </>
      ) : null}
      {notification.template === 'FILING_EXPIRED' ? (
        <>
          <p className="notice__message">
            {t('notifications.templates.FILING_EXPIRED.message', { days: IDLE_EXPIRY_DAYS })}
          </p>
          <Link className="notice__action" to="/console/filings/new">
            {t('notifications.templates.FILING_EXPIRED.action')}
          </Link>
        </>
      ) : null}
      {notification.template === 'PHOTO_SUBMITTED' ? (
        <>
          <p className="notice__message">
            {params.dueAt
              ? t('notifications.templates.PHOTO_SUBMITTED.message', {
                  due: formatBeijing(params.dueAt, 'dateTime', { deadline: true }),
                })
              : t('notifications.templates.PHOTO_SUBMITTED.noDue')}
          </p>
          {filingPath ? (
            <Link className="notice__action" to={`${filingPath}/photo`}>
              {t('notifications.templates.PHOTO_SUBMITTED.action')}
            </Link>
          ) : null}
        </>
      ) : null}
      {notification.template === 'SECOND_APPROVED' ? (
        <p className="notice__message">{t('notifications.templates.SECOND_APPROVED.message')}</p>
      ) : null}
      {notification.template === 'SECOND_REJECTED' ? (
        <>
          {reasons ? (
            <p className="notice__reasons">{t('notifications.templates.SECOND_REJECTED.reasons', { reasons })}</p>
          ) : null}
          <p className="notice__message">{t('notifications.templates.SECOND_REJECTED.message')}</p>
          {filingPath ? (
            <Link className="notice__action" to={`${filingPath}/photo`}>
              {t('notifications.templates.SECOND_REJECTED.action')}
            </Link>
          ) : null}
        </>
      ) : null}
      {isBureauNotification(notification) ? <BureauNotificationBody notification={notification} /> : null}
      {notification.template === 'CURTAIN_SHIPPED' ? (
        <>
          <p className="notice__message">
            {t('notifications.templates.CURTAIN_SHIPPED.message', { trackingNo: params.trackingNo ?? '' })}
          </p>
          {filingPath ? (
            <Link className="notice__action" to={`${filingPath}/photo`}>
              {t('notifications.templates.CURTAIN_SHIPPED.action')}
            </Link>
          ) : null}
        </>
      ) : null}
    </li>
  );
}

/** The title's message key: a resubmission says so. */
function titleKey({ template, params }: Notification) {
  switch (template) {
    case 'FILING_SUBMITTED':
      return params.resubmitted === 'true'
        ? 'notifications.templates.FILING_SUBMITTED.titleAgain'
        : 'notifications.templates.FILING_SUBMITTED.title';
    case 'INITIAL_APPROVED':
      return 'notifications.templates.INITIAL_APPROVED.title';
    case 'INITIAL_REJECTED':
      return 'notifications.templates.INITIAL_REJECTED.title';
    case 'IDLE_REMINDER':
      return 'notifications.templates.IDLE_REMINDER.title';
    case 'FILING_EXPIRED':
      return 'notifications.templates.FILING_EXPIRED.title';
    case 'PHOTO_SUBMITTED':
      return 'notifications.templates.PHOTO_SUBMITTED.title';
    case 'SECOND_APPROVED':
      return 'notifications.templates.SECOND_APPROVED.title';
    case 'SECOND_REJECTED':
      return 'notifications.templates.SECOND_REJECTED.title';
    case 'BUREAU_SUBMITTED':
      return params.round !== undefined && params.round !== '1'
        ? 'notifications.templates.BUREAU_SUBMITTED.titleAgain'
        : 'notifications.templates.BUREAU_SUBMITTED.title';
    case 'BUREAU_SMS_CONFIRMED':
      return 'notifications.templates.BUREAU_SMS_CONFIRMED.title';
    case 'BUREAU_SMS_FAILED':
      return 'notifications.templates.BUREAU_SMS_FAILED.title';
    case 'BUREAU_APPROVED':
      return 'notifications.templates.BUREAU_APPROVED.title';
    case 'BUREAU_REJECTED':
      return 'notifications.templates.BUREAU_REJECTED.title';
    case 'CURTAIN_SHIPPED':
      return 'notifications.templates.CURTAIN_SHIPPED.title';
  }
}
