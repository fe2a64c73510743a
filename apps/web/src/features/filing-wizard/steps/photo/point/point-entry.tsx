// One photo point: its name, address, opening hours, phone (dialable) and a link to a public map search. The address
// and hours are the administrator's words, marked with their language where it is not the page's.
import type { PhotoPoint } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { useLangOf } from '../../../../../components/ui/own-words.tsx';

export function PointEntry({ point }: { point: PhotoPoint }) {
  const { t } = useTranslation();
  const langOf = useLangOf();
  return (
    <li className="point-entry">
      <h5 className="point-entry__name">{point.name}</h5>
      <dl className="point-entry__facts">
        <div>
          <dt>{t('photoPoint.directory.address')}</dt>
          <dd lang={langOf(point.address)}>{point.address}</dd>
        </div>
        <div>
          <dt>{t('photoPoint.directory.hours')}</dt>
          <dd lang={langOf(point.hours)}>{point.hours}</dd>
        </div>
        <div>
          <dt>{t('photoPoint.directory.phone')}</dt>
          <dd>
            <a href={`tel:${point.phone.replace(/[^\d+]/g, '')}`}>{point.phone}</a>
          </dd>
        </div>
      </dl>
      <a
        className="point-entry__map"
        href={point.mapUrl}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={t('photoPoint.directory.mapLabel', { name: point.name })}
      >
        {t('photoPoint.directory.map')}
      </a>
    </li>
  );
}
