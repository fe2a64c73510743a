// A titled white panel, the building block of every console page.
import type { ReactNode } from 'react';

type CardProps = { title?: string; headingLevel?: 2 | 3; actions?: ReactNode; children: ReactNode; className?: string };

export function Card({ title, headingLevel = 2, actions, children, className }: CardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={['card', className].filter(Boolean).join(' ')}>
      {title || actions ? (
        <header className="card__header">
          {title ? <Heading className="card__title">{title}</Heading> : null}
          {actions ? <div className="card__actions">{actions}</div> : null}
        </header>
      ) : null}
      <div className="card__body">{children}</div>
    </section>
  );
}
