// Every province's rules in force: what the verification sheet asks, whether the bureau's app check may replace the
// photo, and the bureau's review time; each row opens the edit form.
import type { ProvinceRulesView } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { provinceName } from '../../../lib/filing-labels.ts';
import { sheetSummary } from '../rules-labels.ts';

type Props = {
  provinces: readonly ProvinceRulesView[];
  editing: string | null;
  onEdit: (provinceCode: string) => void;
};

export function ProvinceRulesTable({ provinces, editing, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <TableFrame caption={t('adminRules.provinces.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('adminRules.provinces.columns.province')}</th>
          <th scope="col">{t('adminRules.provinces.columns.sheet')}</th>
          <th scope="col">{t('adminRules.provinces.columns.appCheck')}</th>
          <th scope="col">{t('adminRules.provinces.columns.bureauDays')}</th>
          <th scope="col">{t('adminRules.provinces.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {provinces.map((rules) => {
          const name = provinceName(rules.provinceCode, i18n.language);
          return (
            <tr key={rules.provinceCode}>
              <th scope="row">{name}</th>
              <td>{sheetSummary(t, rules)}</td>
              <td>
                {t(rules.appCheckEligible ? 'adminRules.provinces.appCheckYes' : 'adminRules.provinces.appCheckNo')}
              </td>
              <td>{t('adminRules.provinces.days', { count: rules.bureauReviewWorkingDays })}</td>
              <td>
                <Button
                  variant="secondary"
                  aria-label={t('adminRules.provinces.editLabel', { province: name })}
                  aria-expanded={editing === rules.provinceCode}
                  onClick={() => onEdit(rules.provinceCode)}
                >
                  {t('adminRules.provinces.edit')}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </TableFrame>
  );
}
