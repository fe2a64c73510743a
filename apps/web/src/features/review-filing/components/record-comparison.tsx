// A registry record beside what the applicant entered, line by line; a line that differs is marked in words
// ("不一致") as well as in colour. What the record says with nothing to compare against is listed under it.
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import type { Comparison } from '../filing-fields.ts';
import { diffLines } from '../record-diff.ts';

function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const lines = diffLines(comparison.lines);
  const differing = lines.filter((line) => line.differs).length;
  return (
    <>
      <TableFrame caption={comparison.title}>
        <thead>
          <tr>
            <th scope="col">{t('reviewFiling.compare.item')}</th>
            <th scope="col">{t('reviewFiling.compare.entered')}</th>
            <th scope="col">{comparison.source}</th>
            <th scope="col">{t('reviewFiling.compare.result')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key} className={line.differs ? 'comparison__row--differs' : undefined}>
              <th scope="row">{line.label}</th>
              <td>{line.entered || t('reviewFiling.notGiven')}</td>
              <td>{line.recorded || t('reviewFiling.notGiven')}</td>
              <td>
                {line.differs ? (
                  <strong className="comparison__differs">
                    <span aria-hidden="true">≠ </span>
                    {t('reviewFiling.compare.differs')}
                  </strong>
                ) : (
                  t('reviewFiling.compare.same')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </TableFrame>
      <p className="comparison__summary">
        {differing
          ? t('reviewFiling.compare.summaryDiffers', { count: differing })
          : t('reviewFiling.compare.summarySame')}
      </p>
    </>
  );
}

export function RecordComparison({ comparison }: { comparison: Comparison }) {
  return (
    <div className="comparison">
      {comparison.missing ? (
        <>
          <h3 className="comparison__title">{comparison.title}</h3>
          <p className="comparison__missing">{comparison.missing}</p>
        </>
      ) : (
        <ComparisonTable comparison={comparison} />
      )}
      {comparison.facts.length ? (
        <dl className="comparison__facts">
          {comparison.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
