// The foot of the websites step: the autosave status and "next", offered once every kept website is complete.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { AutosaveStatus } from '../components/autosave-status.tsx';
import type { AutosaveState } from '../hooks/use-autosave.ts';

type Props = {
  autosave: { state: AutosaveState; flush: () => Promise<boolean> };
  canContinue: boolean;
  onNext: () => void;
};

export function WebsitesFooter({ autosave, canContinue, onNext }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="step-footer">
      <AutosaveStatus state={autosave.state} onRetry={() => void autosave.flush()} />
      <div className="step-footer__next">
        {canContinue ? null : (
          <p className="step-footer__missing" id={hintId}>
            {t('filing.websites.nextHint')}
          </p>
        )}
        <Button disabled={!canContinue} aria-describedby={canContinue ? undefined : hintId} onClick={onNext}>
          {t('filing.websites.next')}
        </Button>
      </div>
    </div>
  );
}
