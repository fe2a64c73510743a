// What the search found: the order and its state, the people to check with their ID images, and the photo form;
// or a plain statement of what went wrong.
import type { SubmittedPhoto } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { isApiError } from '../../lib/api-error.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { filingStatusLabel, provinceName } from '../../lib/filing-labels.ts';
import { OperatorPhotoForm } from './operator-photo-form.tsx';
import type { OrderLookup } from './order-lookup.ts';
import { PrincipalCard } from './principal-card.tsx';

type OrderResultProps = {
  orderNo: string;
  found: OrderLookup | undefined;
  error: unknown;
  onSubmitted: (submitted: SubmittedPhoto) => void;
};

export function OrderResult({ orderNo, found, error, onSubmitted }: OrderResultProps) {
  const { t, i18n } = useTranslation();
  if (error) {
    // The API answers alike for an unknown number and a filing that is not waiting for its photo.
    if (isApiError(error, 'NOT_FOUND')) return <Alert tone="info">{t('photoPoint.notFound', { orderNo })}</Alert>;
    return <Alert tone="error">{errorMessage(error)}</Alert>;
  }
  if (!found) return null;
  const { filing } = found;
  return (
    <div className="operator-result">
      <p>{t('photoPoint.atPoint', { name: found.point.name, city: found.point.city })}</p>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('photoPoint.orderNo')}</dt>
          <dd className="mono">{filing.orderNo}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('photoPoint.province')}</dt>
          <dd>{provinceName(filing.province, i18n.language)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('photoPoint.status')}</dt>
          <dd>{filingStatusLabel(t, filing.status)}</dd>
        </div>
      </dl>
      <section className="operator-principals" aria-labelledby="operator-principals-heading">
        <h3 id="operator-principals-heading">{t('photoPoint.principals.heading')}</h3>
        <p className="muted">{t('photoPoint.principals.intro')}</p>
        {filing.principals.map((principal) => (
          <PrincipalCard
            // One subject principal; each other principal answers for websites no one else does.
            key={principal.role === 'SUBJECT' ? 'subject' : principal.websites[0]?.websiteFilingNo}
            filingId={filing.id}
            principal={principal}
          />
        ))}
      </section>
      <OperatorPhotoForm filingId={filing.id} version={filing.version} onSubmitted={onSubmitted} />
    </div>
  );
}
