// /admin/curtains: the admin's curtain desk. All requests (filtered) or today's batch by the 16:00 rule; the batch's
// CSV for the courier's bulk order and the tracking numbers imported back; one parcel at a time shipped, delivered or
// returned; and a further curtain granted to an applicant.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { Button, buttonClass } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { FieldShell } from '../../components/ui/field-shell.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { errorMessage } from '../../lib/error-message.ts';
import { batchCsvPath, type CurtainFilter, PAGE_SIZE, useCurtainList } from './api/admin-curtains-api.ts';
import { type RowNotice, useRowAction } from './api/use-curtain-actions.ts';
import { CurtainFilters } from './components/curtain-filters.tsx';
import { CurtainTable } from './components/curtain-table.tsx';
import { GrantForm } from './components/grant-form.tsx';
import { TrackingImport } from './components/tracking-import.tsx';
import './admin-curtains.css';

function Notice({ notice }: { notice: RowNotice | null }) {
  const { t } = useTranslation();
  if (!notice) return null;
  if (notice.kind === 'failed') {
    return (
      <Alert tone="error">
        {t('adminCurtains.actions.failed', { orderNo: notice.orderNo, message: errorMessage(notice.error) })}
      </Alert>
    );
  }
  const words = {
    ship: t('adminCurtains.actions.shipped', { orderNo: notice.orderNo, trackingNo: notice.trackingNo ?? '' }),
    deliver: t('adminCurtains.actions.delivered', { orderNo: notice.orderNo }),
    return: t('adminCurtains.actions.returned', { orderNo: notice.orderNo }),
  };
  return <Alert tone="success">{words[notice.action]}</Alert>;
}

export function AdminCurtainsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<CurtainFilter>({ batch: true, page: 1 });
  const list = useCurtainList(filter);
  const { mutation, notice } = useRowAction();
  const batchCount = list.data?.batchCount ?? 0;
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <>
      <PageHeader title={t('adminCurtains.title')} intro={t('adminCurtains.intro')} />
      <Card>
        <fieldset className="curtain-views">
          <legend className="visually-hidden">{t('adminCurtains.views.label')}</legend>
          <Button
            variant={filter.batch ? 'primary' : 'secondary'}
            aria-pressed={filter.batch}
            onClick={() => setFilter({ batch: true, page: 1 })}
          >
            {t('adminCurtains.views.batch', { count: batchCount })}
          </Button>
          <Button
            variant={filter.batch ? 'secondary' : 'primary'}
            aria-pressed={!filter.batch}
            onClick={() => setFilter({ batch: false, page: 1 })}
          >
            {t('adminCurtains.views.all')}
          </Button>
        </fieldset>
        {filter.batch ? (
          <section className="curtain-export" aria-labelledby="curtain-export-heading">
            <h2 className="card__title" id="curtain-export-heading">
              {t('adminCurtains.export.heading')}
            </h2>
            <p className="muted">{t('adminCurtains.export.body', { count: list.data?.total ?? batchCount })}</p>
            <FieldShell label={t('adminCurtains.export.through')} hint={t('adminCurtains.export.throughHint')}>
              {(control) => (
                <input
                  {...control}
                  className="field__input"
                  type="date"
                  min={list.data?.today}
                  value={filter.through ?? list.data?.today ?? ''}
                  onChange={(event) => setFilter({ batch: true, page: 1, through: event.target.value || undefined })}
                />
              )}
            </FieldShell>
            <a className={buttonClass('secondary')} href={batchCsvPath(filter.through)} download>
              {t('adminCurtains.export.download')}
            </a>
          </section>
        ) : (
          <CurtainFilters onApply={(fields) => setFilter({ batch: false, page: 1, ...fields })} />
        )}
        <Notice notice={notice} />
        {list.isPending ? <Spinner label={t('adminCurtains.table.loading')} /> : null}
        {list.isError ? (
          <Alert tone="error">
            <p>{t('adminCurtains.table.loadFailed', { message: errorMessage(list.error) })}</p>
            <Button variant="secondary" onClick={() => void list.refetch()}>
              {t('adminCurtains.table.retry')}
            </Button>
          </Alert>
        ) : null}
        {list.data ? (
          <CurtainTable
            page={list.data}
            batch={filter.batch}
            busy={list.isFetching}
            busyId={mutation.isPending ? mutation.variables.id : undefined}
            onAction={(action) => mutation.mutate(action)}
          />
        ) : null}
        {list.data && pages > 1 ? (
          <nav className="curtain-pages" aria-label={t('adminCurtains.table.page', { page: filter.page, pages })}>
            <Button
              variant="ghost"
              disabled={filter.page <= 1}
              onClick={() => setFilter({ ...filter, page: filter.page - 1 })}
            >
              {t('adminCurtains.table.previous')}
            </Button>
            <span>{t('adminCurtains.table.page', { page: filter.page, pages })}</span>
            <Button
              variant="ghost"
              disabled={filter.page >= pages}
              onClick={() => setFilter({ ...filter, page: filter.page + 1 })}
            >
              {t('adminCurtains.table.next')}
            </Button>
          </nav>
        ) : null}
      </Card>
      <Card>
        <TrackingImport />
      </Card>
      <Card>
        <GrantForm />
      </Card>
    </>
  );
}
