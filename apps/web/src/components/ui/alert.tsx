// A message box: errors interrupt (role="alert"), everything else is announced politely (role="status").
import type { ReactNode } from 'react';

type AlertTone = 'error' | 'info' | 'success';

export function Alert({ tone = 'info', title, children }: { tone?: AlertTone; title?: string; children: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="alert__title">{title}</p> : null}
      <div className="alert__body">{children}</div>
    </div>
  );
}
