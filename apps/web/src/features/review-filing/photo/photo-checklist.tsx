// What the second reviewer checks the photo for, ticked as they look (kept while the page is open; the decision is
// what the API records). Each item failed has a reason of the same name in the rejection's catalogue.
import { PHOTO_CHECKLIST, type PhotoChecklistItem } from '@beian/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/ui/checkbox-field.tsx';

export function PhotoChecklist() {
  const { t } = useTranslation();
  const [ticked, setTicked] = useState<ReadonlySet<PhotoChecklistItem>>(new Set());
  const toggle = (item: PhotoChecklistItem, on: boolean) =>
    setTicked((all) => {
      const next = new Set(all);
      if (on) next.add(item);
      else next.delete(item);
      return next;
    });
  return (
    <fieldset className="checklist">
      <legend className="checklist__legend">{t('secondReview.checklist.heading')}</legend>
      {PHOTO_CHECKLIST.map(({ item }) => (
        <CheckboxField
          key={item}
          label={t(`secondReview.checklist.items.${item}`)}
          checked={ticked.has(item)}
          onChange={(event) => toggle(item, event.target.checked)}
        />
      ))}
    </fieldset>
  );
}
