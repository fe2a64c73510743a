// Where a step says whether its changes are on the server: saving, saved at (Beijing time), or failed with a retry.

import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import type { AutosaveState } from '../hooks/use-autosave.ts';

export function AutosaveStatus({ state, onRetry }: { state: AutosaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  let text: string;
  switch (state.status) {
    case 'saved':
      text = t('filing.autosave.saved', { time: formatBeijing(state.at, 'timeSeconds') });
      break;
    case 'failed':
      text = t('filing.autosave.failed', { message: errorMessage(state.error) });
      break;
    case 'conflict':
      text = t('filing.autosave.conflict');
      break;
    default:
      text = t(`filing.autosave.${state.status}`);
  }
  return (
    <div className={`autosave autosave--${state.status}`}>
      {/* Announced politely: saving must not interrupt typing. */}
      <p className="autosave__text" aria-live="polite" aria-atomic="true">
        {text}
      </p>
      {state.status === 'failed' ? (
        <Button variant="ghost" onClick={onRetry}>
          {t('filing.autosave.retry')}
        </Button>
      ) : null}
    </div>
  );
}
