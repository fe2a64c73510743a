// A step's "done" card: a ticked title that takes the focus when the card appears (so a screen reader announces
// what just happened), and what follows under it.
import { type ReactNode, useId } from 'react';

type Props = { title: string; className?: string; children: ReactNode };

export function DonePanel({ title, className, children }: Props) {
  const titleId = useId();
  return (
    <section className={['card', 'done-panel', className].filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <div className="card__body">
        <h2 className="done-panel__title" id={titleId} tabIndex={-1} ref={(el) => el?.focus()}>
          <span aria-hidden="true">✓ </span>
          {title}
        </h2>
        {children}
      </div>
    </section>
  );
}
