// /admin/photo-points: every photo point, searched and filtered through the address, with how many operators work
// at each and whether applicants see it; the way to create a point and to each point's page.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { ButtonLink } from '../../components/ui/button-link.tsx';
import { Card } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { errorMessage } from '../../lib/error-message.ts';
import './admin-photo-points.css';
import type { AdminPhotoPointQuery } from '@beian/contracts';
import { usePhotoPointList } from './api/photo-points-api.ts';
import { PhotoPointFilters } from './components/photo-point-filters.tsx';
import { PhotoPointTable } from './components/photo-point-table.tsx';
import { addressFor, queryFromAddress } from './photo-points-address.ts';

export function PhotoPointsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = queryFromAddress(params);
  return (
    <>
      <PageHeader
        title={t('adminPhotoPoints.list.title')}
        intro={t('adminPhotoPoints.list.intro')}
        actions={<ButtonLink to="/admin/photo-points/new">{t('adminPhotoPoints.list.create')}</ButtonLink>}
      />
      <Card title={t('adminPhotoPoints.list.filtersHeading')}>
        <PhotoPointFilters current={query ?? {}} onApply={(next) => setParams(addressFor(next))} />
      </Card>
      {query ? (
        <PhotoPointResults query={query} />
      ) : (
        <Alert tone="error">{t('adminPhotoPoints.list.invalidLink')}</Alert>
      )}
    </>
  );
}

function PhotoPointResults({ query }: { query: AdminPhotoPointQuery }) {
  const { t } = useTranslation();
  const list = usePhotoPointList(query);
  if (list.isPending) return <Spinner label={t('adminPhotoPoints.list.loading')} />;
  if (list.isError) {
    return (
      <Alert tone="error" title={t('adminPhotoPoints.list.loadFailed')}>
        {errorMessage(list.error)}
      </Alert>
    );
  }
  const { points, total } = list.data;
  return (
    <Card>
      <p className="point-count" role="status">
        {t('adminPhotoPoints.list.count', { count: total })}
      </p>
      {points.length === 0 ? (
        <EmptyState title={t('adminPhotoPoints.list.empty.title')}>{t('adminPhotoPoints.list.empty.body')}</EmptyState>
      ) : (
        <PhotoPointTable points={points} busy={list.isFetching} />
      )}
    </Card>
  );
}
