// One section of the review summary: a titled card of label/value rows with a "修改" link to the step that edits it.
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type Fact = { label: string; value: ReactNode; mono?: boolean };

type Props = { title: string; editTo?: string; note?: string; facts?: Fact[]; children?: ReactNode };

export function SummarySection({ title, editTo, note, facts, children }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="card summary-section" aria-labelledby={titleId}>
      <header className="card__header">
        <h2 className="card__title" id={titleId}>
          {title}
        </h2>
        {editTo ? (
          <Link
            to={editTo}
            className="summary-section__edit"
            aria-label={t('submission.editSection', { section: title })}
          >
            {t('submission.edit')}
          </Link>
        ) : null}
      </header>
      <div className="card__body">
        {note ? <p className="summary-section__note muted">{note}</p> : null}
        {facts ? <FactList facts={facts} /> : null}
        {children}
      </div>
    </section>
  );
}

export function FactList({ facts }: { facts: Fact[] }) {
  const { t } = useTranslation();
  return (
    <dl className="facts facts--summary">
      {facts.map((fact) => (
        <div key={fact.label} className="facts__row">
          <dt>{fact.label}</dt>
          <dd className={fact.mono ? 'mono' : undefined}>
            {fact.value === null || fact.value === '' ? (
              <span className="summary-empty">{t('submission.empty')}</span>
            ) : (
              fact.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
