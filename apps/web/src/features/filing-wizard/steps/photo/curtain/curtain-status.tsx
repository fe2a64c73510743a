// Where the account's curtain is: requested (when, for which order, to whom and where), the planned dispatch date
// until it ships, then the SF tracking number and the courier's steps.
import type { CurtainRequest } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';

export function CurtainStatus({ request, filingId }: { request: CurtainRequest; filingId: string }) {
  const { t } = useTranslation();
  const at = (instant: string) => formatBeijing(instant);
  return (
    <section className="curtain-status" aria-labelledby="curtain-status-title">
      <h4 className="curtain__title" id="curtain-status-title">
        {t('curtain.status.title')}
      </h4>
      {request.filingId === filingId ? null : (
        <p className="curtain-status__other">{t('curtain.status.otherFiling', { orderNo: request.orderNo })}</p>
      )}
      <dl className="curtain-status__facts">
        <dt>{t('curtain.status.requestedAt')}</dt>
        <dd>{at(request.requestedAt)}</dd>
        <dt>{t('curtain.status.order')}</dt>
        <dd>{request.orderNo}</dd>
        <dt>{t('curtain.status.recipient')}</dt>
        <dd>
          {request.recipient} {request.mobileMasked}
        </dd>
        <dt>{t('curtain.status.address')}</dt>
        <dd>{request.address}</dd>
        {request.postagePaidByApplicant ? (
          <>
            <dt>{t('curtain.status.postage')}</dt>
            <dd>{t('curtain.status.postagePaidByApplicant')}</dd>
          </>
        ) : null}
        <dt>{t('curtain.status.planned')}</dt>
        <dd>{request.plannedDispatchDate}</dd>
        {request.trackingNo ? (
          <>
            <dt>{t('curtain.status.trackingNo')}</dt>
            <dd className="curtain-status__tracking">{request.trackingNo}</dd>
            {request.shippedAt ? (
              <>
                <dt>{t('curtain.status.shippedAt')}</dt>
                <dd>{at(request.shippedAt)}</dd>
              </>
            ) : null}
            <dt>{t('curtain.status.courierStatus')}</dt>
            <dd>
              {request.shipment
                ? t(`curtain.status.shipment.${request.shipment.status}`)
                : t('curtain.status.courierUnknown')}
            </dd>
          </>
        ) : null}
      </dl>
      {request.status === 'RETURNED' ? <p>{t('curtain.status.returned')}</p> : null}
      {request.trackingNo ? null : <p>{t('curtain.status.plannedBody', { date: request.plannedDispatchDate })}</p>}
      {request.shipment && request.shipment.timeline.length > 0 ? (
        <ol className="curtain-status__timeline" aria-label={t('curtain.status.timeline')}>
          {request.shipment.timeline.map((step) => (
            <li key={step.status}>
              <span>{t(`curtain.status.shipment.${step.status}`)}</span> <time dateTime={step.at}>{at(step.at)}</time>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
