// The entries for the view in the address: loading, failure, an order number that names no filing, nothing to show,
// or the table with its pager; and the CSV export of the same filters.
import type { AuditLogQuery } from '@beian/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { buttonClass } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { useAuditLog } from '../api/use-audit-log.ts';
import { exportHref, filtersOf, hasFilters } from '../audit-log-address.ts';
import { AuditLogPager } from './audit-log-pager.tsx';
import { AuditLogTable } from './audit-log-table.tsx';

/** Nothing on an older page, nothing matching the filters, or nothing recorded at all. */
function NoEntries({ query }: { query: AuditLogQuery }) {
  const { t } = useTranslation();
  const kind = query.before !== undefined ? 'emptyOlder' : hasFilters(filtersOf(query)) ? 'emptyFiltered' : 'empty';
  return (
    <EmptyState title={t(`adminAuditLog.${kind}.title`)}>
      <p>{t(`adminAuditLog.${kind}.body`)}</p>
    </EmptyState>
  );
}

function ExportLink({ query }: { query: AuditLogQuery }) {
  const { t } = useTranslation();
  return (
    <div className="audit-results__export">
      <a
        className={buttonClass('secondary')}
        href={exportHref(filtersOf(query))}
        download
        aria-describedby="audit-export-hint"
      >
        <span aria-hidden="true">↓ </span>
        {t('adminAuditLog.exportCsv')}
      </a>
      <p id="audit-export-hint" className="field__hint">
        {t('adminAuditLog.exportHint')}
      </p>
    </div>
  );
}

export function AuditLogResults({ query }: { query: AuditLogQuery }) {
  const { t } = useTranslation();
  const log = useAuditLog(query);
  const frame = useRef<HTMLDivElement>(null);
  const shownBefore = useRef(query.before);

  // Paging leaves focus on a pager link that may vanish: start the reader at the top of the new page instead.
  // Only when the pager was used, so applying filters does not pull focus away from the form.
  useEffect(() => {
    if (shownBefore.current === query.before) return;
    shownBefore.current = query.before;
    if (frame.current?.contains(document.activeElement)) frame.current.focus();
  }, [query.before]);

  if (log.isPending) return <Spinner label={t('adminAuditLog.loading')} />;
  if (log.isError) {
    return (
      <Alert tone="error" title={t('adminAuditLog.loadFailed')}>
        {errorMessage(log.error)}
      </Alert>
    );
  }
  const { entries, nextBefore, unknownOrderNo } = log.data;
  return (
    <div ref={frame} className="card audit-results" tabIndex={-1}>
      <div className="audit-results__bar">
        <p className="audit-results__status" role="status">
          {log.isPlaceholderData ? t('adminAuditLog.loading') : t('adminAuditLog.showing', { count: entries.length })}
        </p>
        <ExportLink query={query} />
      </div>
      {unknownOrderNo ? (
        <Alert tone="info">{t('adminAuditLog.unknownOrderNo', { orderNo: unknownOrderNo })}</Alert>
      ) : entries.length === 0 ? (
        <NoEntries query={query} />
      ) : (
        <AuditLogTable entries={entries} busy={log.isPlaceholderData} />
      )}
      <AuditLogPager filters={filtersOf(query)} before={query.before} nextBefore={nextBefore} />
    </div>
  );
}
