// The materials beside their checklist: the viewer on one side, what to check on the material shown on the other.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../components/ui/card.tsx';
import type { FilingView } from '../filing-fields.ts';
import { type CheckItem, checklistFor } from '../material-checklist.ts';
import { MaterialChecklist } from './material-checklist.tsx';
import { MaterialViewer } from './material-viewer.tsx';

type MaterialsPanelProps = { view: FilingView; index: number; onIndex: (index: number) => void };

export function MaterialsPanel({ view, index, onIndex }: MaterialsPanelProps) {
  const { t } = useTranslation();
  const [ticked, setTicked] = useState<Record<string, ReadonlySet<CheckItem>>>({});
  const material = view.materials[index];
  if (!material) {
    return (
      <Card title={t('reviewFiling.materialsHeading')}>
        <p>{t('reviewFiling.viewer.none')}</p>
      </Card>
    );
  }
  const toggle = (item: CheckItem, on: boolean) =>
    setTicked((all) => {
      const next = new Set(all[material.id]);
      if (on) next.add(item);
      else next.delete(item);
      return { ...all, [material.id]: next };
    });
  return (
    <Card title={t('reviewFiling.materialsHeading')} className="review-materials">
      <div className="review-materials__body">
        <MaterialViewer materials={view.materials} index={index} onIndex={onIndex} />
        <MaterialChecklist
          name={material.label}
          items={checklistFor(material.kind, view.sheetRequirements)}
          ticked={ticked[material.id] ?? new Set()}
          onToggle={toggle}
        />
      </div>
    </Card>
  );
}
