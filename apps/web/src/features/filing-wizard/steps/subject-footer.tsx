// The foot of the subject step: the autosave status, what is still missing, and the way on once complete.
import type { FilingDetail } from '@beian/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { AutosaveStatus } from '../components/autosave-status.tsx';
import type { AutosaveState } from '../hooks/use-autosave.ts';

type SubjectFooterProps = {
  subject: FilingDetail['subject'];
  formValid: boolean;
  autosave: { state: AutosaveState; flush: () => Promise<boolean> };
  onNext: () => void;
};

export function SubjectFooter({ subject, formValid, autosave, onNext }: SubjectFooterProps) {
  const { t } = useTranslation();
  const id = useId();
  const missing = [
    subject.passwordVerified ? null : 'password',
    formValid ? null : 'fields',
    subject.mobileVerified ? null : 'mobile',
  ].filter((item): item is 'password' | 'fields' | 'mobile' => item !== null);
  return (
    <div className="step-footer">
      <AutosaveStatus state={autosave.state} onRetry={() => void autosave.flush()} />
      <div className="step-footer__next">
        {subject.complete ? (
          <p className="verified">{t('filing.subject.done')}</p>
        ) : (
          <div id={id} className="step-footer__missing">
            <p>{t('filing.subject.missingTitle')}</p>
            <ul>
              {missing.map((item) => (
                <li key={item}>{t(`filing.subject.missing.${item}`)}</li>
              ))}
            </ul>
          </div>
        )}
        <Button disabled={!subject.complete} aria-describedby={subject.complete ? undefined : id} onClick={onNext}>
          {t('filing.subject.next')}
        </Button>
      </div>
    </div>
  );
}
