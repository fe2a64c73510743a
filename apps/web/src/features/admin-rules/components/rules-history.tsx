// Every version of the province rules, newest first: when, by whom, why, and each field it changed.
import type { ProvinceRulesHistory } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { changeText } from '../rules-labels.ts';

export function RulesHistory({ history }: { history: ProvinceRulesHistory }) {
  const { t, i18n } = useTranslation();
  return (
    <TableFrame caption={t('adminRules.history.caption')}>
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
        {history.versions.map((v) => (
          <tr key={v.version}>
            <th scope="row">{t('adminRules.history.versionLabel', { version: v.version })}</th>
            <td>{formatBeijing(v.createdAt)}</td>
            <td>{v.author?.displayName ?? t('adminRules.history.system')}</td>
            <td>{v.author ? v.reason : t('adminRules.version.shipped')}</td>
            <td>
              {v.changes.length === 0 ? (
                t('adminRules.history.noChanges')
              ) : (
                <ul className="rules-changes">
                  {v.changes.map((change) => (
                    <li key={change.field}>{changeText(t, i18n.language, change)}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
