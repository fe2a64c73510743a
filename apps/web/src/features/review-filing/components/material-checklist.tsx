// The checks for the material on screen, ticked by the reviewer as they look (kept per material while the page is
// open; the decision itself is what the API records).
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/ui/checkbox-field.tsx';
import type { CheckItem } from '../material-checklist.ts';

type MaterialChecklistProps = {
  name: string;
  items: CheckItem[];
  ticked: ReadonlySet<CheckItem>;
  onToggle: (item: CheckItem, on: boolean) => void;
};

export function MaterialChecklist({ name, items, ticked, onToggle }: MaterialChecklistProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="checklist">
      <legend className="checklist__legend">{t('reviewFiling.checklist.heading', { name })}</legend>
      {items.map((item) => (
        <CheckboxField
          key={item}
          label={t(`reviewFiling.checklist.items.${item}`)}
          checked={ticked.has(item)}
          onChange={(event) => onToggle(item, event.target.checked)}
        />
      ))}
    </fieldset>
  );
}
