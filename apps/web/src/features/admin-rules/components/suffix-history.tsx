// Every version of the MIIT suffix list, newest first: when, by whom, why, the suffixes added and removed.
import type { SuffixHistory as History } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { listOf } from '../../../i18n/list.ts';

export function SuffixHistory({ history }: { history: History }) {
  const { t } = useTranslation();
  return (
    <TableFrame caption={t('adminRules.suffixes.historyCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('adminRules.history.columns.version')}</th>
          <th scope="col">{t('adminRules.history.columns.at')}</th>
          <th scope="col">{t('adminRules.history.columns.author')}</th>
          <th scope="col">{t('adminRules.history.columns.reason')}</th>
          <th scope="col">{t('adminRules.history.columns.changes')}</th>
        </tr>
      </thead>
      <tbody>
        {history.versions.map((v) => {
          const lines = [
            ...(v.previousAsOf !== null && v.previousAsOf !== v.asOf
              ? [t('adminRules.suffixes.asOfChanged', { before: v.previousAsOf, after: v.asOf })]
              : []),
            ...(v.added.length > 0 ? [t('adminRules.suffixes.added', { list: listOf(v.added) })] : []),
            ...(v.removed.length > 0 ? [t('adminRules.suffixes.removed', { list: listOf(v.removed) })] : []),
          ];
          return (
            <tr key={v.version}>
              <th scope="row">{t('adminRules.history.versionLabel', { version: v.version })}</th>
              <td>{formatBeijing(v.createdAt)}</td>
              <td>{v.author?.displayName ?? t('adminRules.history.system')}</td>
              <td>{v.author ? v.reason : t('adminRules.version.shipped')}</td>
              <td>
                {lines.length === 0 ? (
                  t('adminRules.history.noChanges')
                ) : (
                  <ul className="rules-changes">
                    {lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </TableFrame>
  );
}
