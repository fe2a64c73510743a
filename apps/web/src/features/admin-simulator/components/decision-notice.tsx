// What became of the last decision. It takes the focus when it appears: the button that was pressed has gone
// with the row's new state, and keyboard users continue from the message.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import type { DecisionNotice as Notice } from '../hooks/use-bureau-decision.ts';

export function DecisionNotice({ notice }: { notice: Notice | null }) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) frame.current?.focus();
  }, [notice]);

  if (!notice) return null;
  const { orderNo } = notice;
  return (
    <div ref={frame} tabIndex={-1} className="sim-notice">
      {notice.kind === 'conflict' || notice.kind === 'failed' ? (
        <Alert tone="error" title={t('simulator.bureau.decisionFailed', { orderNo })}>
          {notice.kind === 'failed' ? errorMessage(notice.error) : t('simulator.bureau.conflict')}
        </Alert>
      ) : (
        <Alert tone="success">{t(`simulator.bureau.done.${notice.kind}`, { orderNo })}</Alert>
      )}
    </div>
  );
}
