// The frame every material entry shares: a titled region (the anchor the review page links to) with its state tag.
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { anchor: string; title: string; provided: boolean; required: boolean; children: ReactNode };

export function EntryFrame({ anchor, title, provided, required, children }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [tag, tone] = provided
    ? [t('materials.slot.uploaded'), 'tag--ok']
    : required
      ? [t('materials.required'), 'tag--todo']
      : [t('materials.optional'), ''];
  return (
    <section className="material-entry" id={anchor} aria-labelledby={titleId} tabIndex={-1}>
      <header className="material-entry__header">
        <h3 className="material-entry__title" id={titleId}>
          {title}
        </h3>
        <span className={`tag ${tone}`}>{tag}</span>
      </header>
      {children}
    </section>
  );
}
