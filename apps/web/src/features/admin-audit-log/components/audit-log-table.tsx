// One page of audit entries as a table: when (Shanghai time), who, what, to which record, and the details.
import type { AuditLogPage } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { formatShanghaiDateTime } from '../../../lib/format-date-time.ts';

type Entry = AuditLogPage['entries'][number];

/** An empty cell that still says so to a screen reader. */
function NoValue() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('admin.auditLog.none')}</span>
    </>
  );
}

function EntryRow({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  const hasDetail = Object.keys(entry.detail).length > 0;
  return (
    <tr>
      <th scope="row" className="table__nowrap">
        <time dateTime={entry.at}>{formatShanghaiDateTime(entry.at, i18n.language)}</time>
      </th>
      <td className={entry.actorId ? 'mono' : undefined}>{entry.actorId ?? t('admin.auditLog.system')}</td>
      <td className="mono">{entry.action}</td>
      <td className="mono">{entry.targetType}</td>
      <td className="mono">{entry.targetId ?? <NoValue />}</td>
      <td>{hasDetail ? <code className="table__code">{JSON.stringify(entry.detail)}</code> : <NoValue />}</td>
    </tr>
  );
}

export function AuditLogTable({ entries, busy }: { entries: Entry[]; busy: boolean }) {
  const { t } = useTranslation();
  const columns = ['at', 'actor', 'action', 'targetType', 'targetId', 'detail'] as const;
  return (
    <TableFrame caption={t('admin.auditLog.caption')} busy={busy}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {t(`admin.auditLog.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <EntryRow key={entry.id} entry={entry} />
        ))}
      </tbody>
    </TableFrame>
  );
}
