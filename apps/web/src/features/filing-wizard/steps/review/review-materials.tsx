// Every material in the review summary, grouped as on the materials page: a thumbnail (or PDF mark) per uploaded
// file, "未上传" where a required one is missing, and a link to the entry that changes it.
import type { FilingDetail, MaterialItem, MaterialList } from '@beian/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listOf } from '../../../../i18n/list.ts';
import { groupTitle } from '../materials/material-group-card.tsx';
import { entryProvided, groupMaterials, type MaterialEntry } from '../materials/material-groups.ts';
import { slotLabel } from '../materials/material-labels.ts';
import { MaterialThumbnail } from '../materials/material-preview.tsx';
import { SummarySection } from './summary-section.tsx';

type Props = { filing: FilingDetail; materials: MaterialList; editable: boolean };

const slotsOf = (entry: MaterialEntry): MaterialItem[] =>
  entry.type === 'single'
    ? [entry.item]
    : [entry.front, entry.back, entry.combined].filter((i): i is MaterialItem => i !== undefined);

const entryTitle = (t: TFunction, entry: MaterialEntry): string =>
  entry.type === 'single' ? slotLabel(entry.item) : t(`materials.documents.${entry.document}`);

/** "未上传", or for a card half done, which sides are still to come ("未上传：反面"). */
function missingText(t: TFunction, entry: MaterialEntry): string {
  if (entry.type === 'single' || !entry.front || !entry.back) return t('submission.materials.notUploaded');
  const sides = (['FRONT', 'BACK'] as const).filter((side) => {
    const item = side === 'FRONT' ? entry.front : entry.back;
    return item?.required && !item.provided;
  });
  if (sides.length === 2) return t('submission.materials.notUploaded');
  return t('submission.materials.missingSides', {
    sides: listOf(sides.map((side) => t(`materials.sides.${side}`))),
  });
}

export function ReviewMaterials({ filing, materials, editable }: Props) {
  const { t } = useTranslation();
  const base = `/console/filings/${filing.id}/materials`;
  const groups = groupMaterials(materials.items, filing.websites);
  return (
    <SummarySection title={t('submission.sections.materials')} editTo={editable ? base : undefined}>
      {groups.map((group) => (
        <div key={group.website?.websiteFilingNo ?? group.type} className="summary-materials">
          <h3 className="summary-website__title">{groupTitle(t, group)}</h3>
          <ul className="summary-materials__list">
            {group.entries.map((entry) => {
              const title = entryTitle(t, entry);
              const uploaded = slotsOf(entry).filter((item) => item.material);
              const done = entryProvided(entry);
              return (
                <li key={entry.anchor} className="summary-materials__entry">
                  <span className="summary-materials__name">{title}</span>
                  <span className="summary-materials__files">
                    {uploaded.map((item) =>
                      item.material ? (
                        <MaterialThumbnail key={item.kind} material={item.material} name={slotLabel(item)} />
                      ) : null,
                    )}
                    {done ? null : <span className="summary-materials__missing">{missingText(t, entry)}</span>}
                  </span>
                  {editable ? (
                    <Link
                      to={`${base}#${encodeURIComponent(entry.anchor)}`}
                      aria-label={t('submission.editSection', { section: title })}
                    >
                      {t('submission.edit')}
                    </Link>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </SummarySection>
  );
}
