// /admin/photo-points/:id: one photo point: its details (edited in place, guarded against another admin's edit),
// deactivating or reactivating it after a confirmation that says what it does to applicants and operators, and the
// operators working there.

import { formatBeijing } from '@beian/domain';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ButtonLink } from '../../components/ui/button-link.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { isApiError } from '../../lib/api-error.ts';
import { errorMessage } from '../../lib/error-message.ts';
import './admin-photo-points.css';
import type { AdminPhotoPointDetail } from '@beian/contracts';
import { usePhotoPoint } from './api/photo-points-api.ts';
import { useSetActive, useUpdatePhotoPoint } from './api/use-photo-point-writes.ts';
import { ActiveBadge } from './components/active-badge.tsx';
import { PhotoPointForm } from './components/photo-point-form.tsx';
import { PointOperators } from './components/point-operators.tsx';
import { useRegionNames } from './use-region-names.ts';

type Notice = 'created' | 'saved' | 'stale' | 'deactivated' | 'activated';

export function PhotoPointPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const initialNotice = (location.state as { notice?: Notice } | null)?.notice ?? null;
  const point = usePhotoPoint(id);
  const [notice, setNotice] = useState<Notice | null>(initialNotice);

  const back = (
    <ButtonLink variant="secondary" to="/admin/photo-points">
      {t('adminPhotoPoints.detail.back')}
    </ButtonLink>
  );
  if (point.isPending) return <Spinner label={t('adminPhotoPoints.detail.loading')} />;
  if (point.isError) {
    const missing = isApiError(point.error, 'NOT_FOUND');
    return (
      <>
        <PageHeader title={t('adminPhotoPoints.list.title')} actions={back} />
        <Alert tone="error" title={t('adminPhotoPoints.detail.loadFailed')}>
          {missing ? t('adminPhotoPoints.detail.notFound') : errorMessage(point.error)}
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader title={point.data.name} actions={back} />
      {notice ? (
        <Alert tone={notice === 'stale' ? 'error' : 'success'}>{t(`adminPhotoPoints.detail.${notice}`)}</Alert>
      ) : null}
      {point.data.active ? null : <Alert tone="info">{t('adminPhotoPoints.detail.inactiveNote')}</Alert>}
      <PointDetails point={point.data} onNotice={setNotice} />
      <PointOperators point={point.data} />
    </>
  );
}

function PointDetails({ point, onNotice }: { point: AdminPhotoPointDetail; onNotice: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const { provinceLabel } = useRegionNames();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useUpdatePhotoPoint(point.id);
  const setActive = useSetActive(point.id);
  const when = (instant: string) => formatBeijing(instant);

  const toggle = (active: boolean) =>
    setActive.mutate(active, {
      onSuccess: () => {
        setConfirming(false);
        onNotice(active ? 'activated' : 'deactivated');
      },
    });

  const actions = editing ? null : (
    <>
      <Button variant="secondary" onClick={() => setEditing(true)}>
        {t('adminPhotoPoints.detail.edit')}
      </Button>
      {point.active ? (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('adminPhotoPoints.detail.deactivate')}
        </Button>
      ) : (
        <Button busy={setActive.isPending} onClick={() => toggle(true)}>
          {t('adminPhotoPoints.detail.activate')}
        </Button>
      )}
    </>
  );

  return (
    <Card
      title={editing ? t('adminPhotoPoints.detail.editTitle') : t('adminPhotoPoints.detail.heading')}
      actions={actions}
    >
      {setActive.isError && !confirming ? <Alert tone="error">{errorMessage(setActive.error)}</Alert> : null}
      {editing ? (
        <>
          <span className="visually-hidden" id="edit-point-title">
            {t('adminPhotoPoints.detail.editTitle')}
          </span>
          <PhotoPointForm
            // A point changed by another admin comes back with a new updatedAt: the form starts again from it.
            key={point.updatedAt}
            labelledBy="edit-point-title"
            initial={fieldsOf(point)}
            submitLabel={t('adminPhotoPoints.form.save')}
            onCancel={() => setEditing(false)}
            onSave={async (fields) => {
              await update.mutateAsync({ ...fields, updatedAt: point.updatedAt });
              setEditing(false);
              onNotice('saved');
            }}
            onFailure={(error) => {
              if (!isApiError(error, 'STALE_VERSION')) return false;
              onNotice('stale');
              return true;
            }}
          />
        </>
      ) : (
        <dl className="facts">
          <Fact label={t('adminPhotoPoints.list.columns.status')}>
            <ActiveBadge active={point.active} />
          </Fact>
          <Fact label={t('adminPhotoPoints.list.columns.region')}>
            {provinceLabel(point.province)} / {point.city}
          </Fact>
          <Fact label={t('adminPhotoPoints.form.address')}>{point.address}</Fact>
          <Fact label={t('adminPhotoPoints.form.hours')}>{point.hours}</Fact>
          <Fact label={t('adminPhotoPoints.form.phone')}>{point.phone}</Fact>
          <Fact label={t('adminPhotoPoints.detail.photos')}>
            {t('adminPhotoPoints.detail.photoCount', { count: point.photoCount })}
          </Fact>
          <Fact label={t('adminPhotoPoints.detail.createdAt')}>{when(point.createdAt)}</Fact>
          <Fact label={t('adminPhotoPoints.detail.updatedAt')}>{when(point.updatedAt)}</Fact>
        </dl>
      )}
      {confirming ? (
        <ConfirmDialog
          title={t('adminPhotoPoints.detail.deactivateTitle', { name: point.name })}
          confirmLabel={t('adminPhotoPoints.detail.deactivate')}
          cancelLabel={t('adminPhotoPoints.form.cancel')}
          busy={setActive.isPending}
          onConfirm={() => toggle(false)}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('adminPhotoPoints.detail.deactivateBody', { count: point.operators.length })}</p>
          {setActive.isError ? <Alert tone="error">{errorMessage(setActive.error)}</Alert> : null}
        </ConfirmDialog>
      ) : null}
    </Card>
  );
}

/** The editable fields of a point, as the form starts from them. */
const fieldsOf = ({ province, city, name, address, hours, phone }: AdminPhotoPointDetail) => ({
  province,
  city,
  name,
  address,
  hours,
  phone,
});

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
