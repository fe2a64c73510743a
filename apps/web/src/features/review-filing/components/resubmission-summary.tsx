// A resubmitted filing opens with what to check first: the previous round's reasons, the fields the applicant
// changed since, and the materials uploaded again (each a button that shows it in the viewer).
import type { Resubmission } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { OwnWords } from '../../../components/ui/own-words.tsx';
import { nodesInto } from '../../../lib/nodes-into.tsx';
import { type FilingView, fieldOptions } from '../filing-fields.ts';

type ResubmissionSummaryProps = {
  resubmission: Resubmission;
  view: FilingView;
  onShowMaterial: (index: number) => void;
};

export function ResubmissionSummary({ resubmission, view, onShowMaterial }: ResubmissionSummaryProps) {
  const { t } = useTranslation();
  const labels = new Map(fieldOptions(view).map((option) => [option.path, option.label]));
  const labelOf = (path: string) => labels.get(path) ?? path;
  const replaced = view.materials.flatMap((material, index) =>
    resubmission.replacedMaterials.includes(material.id) ? [{ material, index }] : [],
  );
  return (
    <section className="card resubmission" aria-labelledby="resubmission-heading">
      <h2 id="resubmission-heading" className="card__title">
        {t('reviewFiling.resubmission.heading', { round: resubmission.round })}
      </h2>
      <p>
        {t('reviewFiling.resubmission.rejectedAt', {
          at: formatBeijing(resubmission.rejectedAt),
        })}
      </p>
      {resubmission.previousReasons.length ? (
        <ol className="resubmission__reasons">
          {resubmission.previousReasons.map((reason, position) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: reasons are a fixed list; two may name the same field.
            <li key={position}>
              {nodesInto((slots) => t('reviewFiling.resubmission.reason', slots), {
                field: <strong>{labelOf(reason.field)}</strong>,
                message: <OwnWords text={reason.message} />,
              })}
              {reason.suggestion ? (
                <span className="resubmission__suggestion">
                  {nodesInto((slots) => t('reviewFiling.resubmission.suggestion', slots), {
                    text: <OwnWords text={reason.suggestion} />,
                  })}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('reviewFiling.resubmission.noReasons')}</p>
      )}
      <h3 className="resubmission__subheading">{t('reviewFiling.resubmission.changedFields')}</h3>
      {resubmission.changedFields === null ? (
        <p>{t('reviewFiling.resubmission.changedUnknown')}</p>
      ) : resubmission.changedFields.length ? (
        <ul className="resubmission__changes">
          {resubmission.changedFields.map((path) => (
            <li key={path}>{labelOf(path)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('reviewFiling.resubmission.noChangedFields')}</p>
      )}
      <h3 className="resubmission__subheading">{t('reviewFiling.resubmission.replacedMaterials')}</h3>
      {replaced.length ? (
        <ul className="resubmission__changes">
          {replaced.map(({ material, index }) => (
            <li key={material.id}>
              {material.label}{' '}
              <Button variant="secondary" onClick={() => onShowMaterial(index)}>
                {t('reviewFiling.resubmission.show')}
                <span className="visually-hidden">{material.label}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('reviewFiling.resubmission.noReplacedMaterials')}</p>
      )}
    </section>
  );
}
