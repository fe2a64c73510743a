// The designated photo points, searchable: any point will do, so all are listed, grouped by province and city with
// the filing's province first (open; the others open on a click). The search runs on submit, so the list does not jump while a word is being typed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../../components/ui/alert.tsx';
import { Button } from '../../../../../components/ui/button.tsx';
import { TextField } from '../../../../../components/ui/text-field.tsx';
import { errorMessage } from '../../../../../lib/error-message.ts';
import { provinceName } from '../../../../../lib/filing-labels.ts';
import { usePhotoPointDirectory } from './photo-point-directory-api.ts';
import { PointEntry } from './point-entry.tsx';

export function PointDirectory({ province }: { province: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const directory = usePhotoPointDirectory(province, q);
  const data = directory.data;

  return (
    <section className="point-directory" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('photoPoint.directory.heading')}</h4>
      <p className="muted">{t('photoPoint.directory.intro')}</p>
      <form
        className="point-directory__search"
        aria-label={t('photoPoint.directory.searchLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          setQ(typed.trim());
        }}
      >
        <TextField
          label={t('photoPoint.directory.searchLabel')}
          hint={t('photoPoint.directory.searchHint')}
          type="search"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          trailing={
            <Button type="submit" variant="secondary" busy={directory.isFetching}>
              {t('photoPoint.directory.search')}
            </Button>
          }
        />
        {q ? (
          <Button
            variant="secondary"
            onClick={() => {
              setTyped('');
              setQ('');
            }}
          >
            {t('photoPoint.directory.clear')}
          </Button>
        ) : null}
      </form>
      <p className="point-directory__count" aria-live="polite">
        {data
          ? data.total > 0
            ? t('photoPoint.directory.count', { count: data.total })
            : t('photoPoint.directory.none', { q })
          : null}
      </p>
      {directory.error ? (
        <Alert tone="error">{t('photoPoint.directory.loadFailed', { message: errorMessage(directory.error) })}</Alert>
      ) : null}
      {data?.provinces.map((group) => {
        const points = group.cities.reduce((sum, city) => sum + city.points.length, 0);
        const name = provinceName(group.province, i18n.language);
        return (
          // The applicant's province is open; the others open on a click, or all at once for a search's findings.
          <details
            key={`${q}:${group.province}`}
            className="point-directory__province"
            open={group.province === province || q !== ''}
          >
            <summary>
              {t('photoPoint.directory.province', { name, count: points })}
              {group.province === province ? (
                <span className="tag tag--ok point-directory__yours">{t('photoPoint.directory.yourProvince')}</span>
              ) : null}
            </summary>
            {group.cities.map((city) => (
              <div key={city.city} className="point-directory__city">
                <p className="point-directory__city-name">{city.city}</p>
                <ul className="point-directory__points">
                  {city.points.map((point) => (
                    <PointEntry key={point.id} point={point} />
                  ))}
                </ul>
              </div>
            ))}
          </details>
        );
      })}
    </section>
  );
}
