// The wizard's steps in order: done, current and to-do steps of an existing filing are links. The photo step is a
// link only once the initial review has approved the filing, the progress step once the filing was submitted; a step
// not open yet says when it opens (e.g. 初审通过后办理) instead of being a link the API would refuse. A step is done by
// the server's own completeness: the filing's steps for subject and websites, and for the materials the required
// list's count of missing items, which is the check a submission runs (missingMaterials in @beian/domain).
import type { FilingDetail } from '@beian/contracts';
import { isEditableState } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasReachedPhoto, isPhotoTaken } from '../steps/photo/photo-states.ts';
import { useStepperFold } from './wizard-stepper-fold.tsx';

export const WIZARD_STEPS = ['verify', 'subject', 'websites', 'materials', 'review', 'photo', 'progress'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** The pages of an existing filing's steps (verify is the new filing's own page). */
const PAGE: Partial<Record<WizardStep, (id: string) => string>> = {
  subject: (id) => `/console/filings/${id}/subject`,
  websites: (id) => `/console/filings/${id}/websites`,
  materials: (id) => `/console/filings/${id}/materials`,
  review: (id) => `/console/filings/${id}/review`,
  photo: (id) => `/console/filings/${id}/photo`,
  progress: (id) => `/console/filings/${id}/progress`,
};

/** Whether the step's page is open to this filing now. */
function opens(step: WizardStep, filing: FilingDetail | undefined): boolean {
  if (!filing || PAGE[step] === undefined) return false;
  if (step === 'photo') return hasReachedPhoto(filing.status);
  if (step === 'progress') return filing.status !== 'DRAFT';
  return true;
}

type StepState = 'done' | 'current' | 'todo' | 'upcoming';

/** Submitted and still going: no longer editable (as a draft or a rejected filing is), and not given up or lapsed. */
const submitted = (status: FilingDetail['status']) =>
  !isEditableState(status) && status !== 'ABANDONED' && status !== 'EXPIRED';

function stateOf(
  step: WizardStep,
  current: WizardStep,
  filing: FilingDetail | undefined,
  materialsComplete: boolean,
): StepState {
  if (step === current) return 'current';
  if (step === 'verify') return filing ? 'done' : 'todo';
  if (step === 'subject' && filing?.steps.subject) return 'done';
  if (step === 'websites' && filing?.steps.websites) return 'done';
  if (step === 'materials' && filing && materialsComplete) return 'done';
  // Materials and review are done once the filing has been submitted (it has left DRAFT, and was not abandoned).
  if ((step === 'materials' || step === 'review') && filing && submitted(filing.status)) return 'done';
  if (step === 'photo' && filing && isPhotoTaken(filing.status)) return 'done';
  if (step === 'progress' && filing?.status === 'COMPLETED') return 'done';
  return opens(step, filing) ? 'todo' : 'upcoming';
}

type StepperProps = {
  current: WizardStep;
  filing?: FilingDetail;
  /** Every required material is provided (the materials list's `missing` is 0). */
  materialsComplete?: boolean;
};

export function WizardStepper({ current, filing, materialsComplete = false }: StepperProps) {
  const { t } = useTranslation();
  const fold = useStepperFold(current, WIZARD_STEPS);
  return (
    <nav
      className={fold.anyScreen ? 'stepper stepper--any-screen' : 'stepper'}
      aria-label={t('filing.wizard.stepsLabel')}
      onKeyDown={fold.onKeyDown}
    >
      {fold.header}
      <ol className="stepper__list" {...fold.list}>
        {WIZARD_STEPS.map((step, index) => {
          const state = stateOf(step, current, filing, materialsComplete);
          const href = filing && state !== 'current' && opens(step, filing) ? PAGE[step]?.(filing.id) : undefined;
          const content = (
            <>
              <span className="stepper__marker" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="stepper__label">{t(`filing.wizard.steps.${step}`)}</span>
              <span className="stepper__state">
                {state === 'upcoming' ? t(`filing.wizard.opensWhen.${step}`) : t(`filing.wizard.stepState.${state}`)}
              </span>
            </>
          );
          return (
            <li key={step} className={`stepper__step stepper__step--${state}`}>
              {href ? (
                <Link to={href} className="stepper__link">
                  {content}
                </Link>
              ) : (
                <span className="stepper__link" aria-current={state === 'current' ? 'step' : undefined}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
