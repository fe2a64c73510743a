// /admin/photo-points/new: a new photo point, active at once; saving opens its page.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ButtonLink } from '../../components/ui/button-link.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import './admin-photo-points.css';
import { useCreatePhotoPoint } from './api/use-photo-point-writes.ts';
import { EMPTY_POINT, PhotoPointForm } from './components/photo-point-form.tsx';

export function PhotoPointNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePhotoPoint();
  return (
    <>
      <PageHeader
        title={t('adminPhotoPoints.create.title')}
        intro={t('adminPhotoPoints.create.intro')}
        actions={
          <ButtonLink variant="secondary" to="/admin/photo-points">
            {t('adminPhotoPoints.create.back')}
          </ButtonLink>
        }
      />
      <Card>
        <h2 className="visually-hidden" id="new-point-title">
          {t('adminPhotoPoints.create.title')}
        </h2>
        <PhotoPointForm
          labelledBy="new-point-title"
          initial={EMPTY_POINT}
          submitLabel={t('adminPhotoPoints.form.save')}
          onSave={async (fields) => {
            const point = await create.mutateAsync(fields);
            await navigate(`/admin/photo-points/${point.id}`, { state: { notice: 'created' } });
          }}
        />
      </Card>
    </>
  );
}
