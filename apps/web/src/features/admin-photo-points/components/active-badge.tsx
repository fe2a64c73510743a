// Whether a point is in use, in words and colour (the colour is never the only cue).
import { useTranslation } from 'react-i18next';

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`point-badge point-badge--${active ? 'active' : 'inactive'}`}>
      {active ? t('adminPhotoPoints.status.active') : t('adminPhotoPoints.status.inactive')}
    </span>
  );
}
