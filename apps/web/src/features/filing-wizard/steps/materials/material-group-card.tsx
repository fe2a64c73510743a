// One group of the list (主体 / 主体负责人 / 网站 N / 核验单 / 前置审批) as a card of entries.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../../components/ui/card.tsx';
import type { MaterialGroup } from './material-groups.ts';
import { SingleEntry } from './single-entry.tsx';
import { TwoSidedEntry } from './two-sided-entry.tsx';
import { VerificationSheetEntry } from './verification-sheet-entry.tsx';

type Props = { filingId: string; group: MaterialGroup; editable: boolean };

export function groupTitle(t: TFunction, group: MaterialGroup): string {
  if (group.type === 'website' && group.website) {
    return t('materials.groups.website', { index: group.website.index, name: group.website.name });
  }
  return t(`materials.groups.${group.type}`);
}

export function MaterialGroupCard({ filingId, group, editable }: Props) {
  const { t } = useTranslation();
  return (
    <Card title={groupTitle(t, group)} className="material-group">
      {group.website ? (
        <p className="material-group__site muted">
          {t('materials.websiteNo', { number: group.website.websiteFilingNo })}
        </p>
      ) : null}
      {group.entries.map((entry) => {
        if (entry.type === 'twoSided') {
          return <TwoSidedEntry key={entry.anchor} filingId={filingId} entry={entry} editable={editable} />;
        }
        const Entry = entry.item.kind === 'VERIFICATION_SHEET' ? VerificationSheetEntry : SingleEntry;
        return <Entry key={entry.anchor} filingId={filingId} item={entry.item} editable={editable} />;
      })}
    </Card>
  );
}
