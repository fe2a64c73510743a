// What follows the photo: the second review and its time, a rejected photo coming back, then the bureau.
import { useTranslation } from 'react-i18next';
import { Card } from '../../../../components/ui/card.tsx';

export function PhotoNextSteps() {
  const { t } = useTranslation();
  return (
    <Card title={t('photo.next.title')}>
      <ul className="photo-step__next">
        <li>{t('photo.next.review')}</li>
        <li>{t('photo.next.rejected')}</li>
        <li>{t('photo.next.bureau')}</li>
      </ul>
    </Card>
  );
}
