// The foot of the subject step: the autosave status, each thing still missing (linked to its field), and the way on
// once the server counts the step complete.
import type { FilingDetail } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { StepFooter } from '../footer/step-footer.tsx';
import type { AutosaveState } from '../hooks/use-autosave.ts';
import type { SubjectFormValues } from './subject-form-values.ts';
import { subjectMissing } from './subject-missing.ts';

type SubjectFooterProps = {
  subject: FilingDetail['subject'];
  values: SubjectFormValues;
  /** The step's rules applied to the values as typed. */
  checked: z.ZodSafeParseResult<unknown>;
  autosave: { state: AutosaveState; flush: () => Promise<boolean> };
  onNext: () => void;
};

export function SubjectFooter({ subject, values, checked, autosave, onNext }: SubjectFooterProps) {
  const { t } = useTranslation();
  return (
    <StepFooter
      status={autosave}
      complete={subject.complete}
      missing={subjectMissing(t, subject, values, checked)}
      done={t('filing.subject.done')}
      next={{ label: t('filing.subject.next'), onClick: onNext }}
    />
  );
}
