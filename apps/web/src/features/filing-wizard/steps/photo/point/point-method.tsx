// The Point method's actions on the photo step: what to bring, and the photo-point directory (any designated point,
// the applicant's province first).
import type { PhotoStep } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { PointDirectory } from './point-directory.tsx';
import './point-method.css';

export function PointMethod({ step }: { step: PhotoStep }) {
  const { t } = useTranslation();
  return (
    <div className="point-method">
      <h4>{t('photoPoint.bring.heading')}</h4>
      <ul className="point-method__bring">
        <li>{t('photoPoint.bring.principal')}</li>
        <li>{t('photoPoint.bring.id')}</li>
        <li>{t('photoPoint.bring.order')}</li>
      </ul>
      <PointDirectory province={step.province} />
    </div>
  );
}
