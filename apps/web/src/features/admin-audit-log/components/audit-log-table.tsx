// One page of audit entries as a table: when (Beijing time), who, what, to which record, the filing's order number
// and the change, all in words rather than ids.
import type { AuditLogEntry } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { AuditChange } from './audit-change.tsx';
import { useActionLabel, useTargetLabel } from './audit-labels.ts';

/** An empty cell that still says so to a screen reader. */
function NoValue() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('adminAuditLog.none')}</span>
    </>
  );
}

function Actor({ actor }: { actor: AuditLogEntry['actor'] }) {
  const { t } = useTranslation();
  if (!actor) return <>{t('adminAuditLog.system')}</>;
  return (
    <>
      {actor.displayName ?? t('adminAuditLog.unknownAccount')}
      {actor.role ? <span className="audit-table__role">{t(`common.roles.${actor.role}`)}</span> : null}
    </>
  );
}

function EntryRow({ entry }: { entry: AuditLogEntry }) {
  const actionLabel = useActionLabel();
  const target = useTargetLabel()(entry);
  return (
    <tr>
      <th scope="row" className="table__nowrap">
        <time dateTime={entry.at}>{formatBeijing(entry.at)}</time>
      </th>
      <td>
        <Actor actor={entry.actor} />
      </td>
      <td>{actionLabel(entry.action)}</td>
      <td>
        <span className="audit-table__kind">{target.kind}</span>
        {target.name ? <span className="audit-table__name">{target.name}</span> : null}
      </td>
      <td className="mono table__nowrap">{entry.filing?.orderNo ?? <NoValue />}</td>
      <td>
        <AuditChange entry={entry} />
      </td>
    </tr>
  );
}

export function AuditLogTable({ entries, busy }: { entries: AuditLogEntry[]; busy: boolean }) {
  const { t } = useTranslation();
  const columns = ['at', 'actor', 'action', 'target', 'filing', 'change'] as const;
  return (
    <TableFrame caption={t('adminAuditLog.caption')} busy={busy}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {t(`adminAuditLog.columns.${column}`)}
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
