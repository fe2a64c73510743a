// The stepper on a phone: seven steps do not fit across, so it folds to "第 3 步，共 7 步" with the current step's
// name and a disclosure button that opens the full list (states and links as on a wide screen). Escape closes it and
// gives focus back to the button; going to another step closes it too.
import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhoneOrUnknown } from '../../../lib/use-media-query.ts';
import type { WizardStep } from './wizard-stepper.tsx';

export type StepperFold = {
  /** The folded header on a phone; nothing on a wider screen. */
  header: ReactNode;
  /** The screen is not known yet (the build's render of a page, and while React hydrates one): the header and the list are
   * both there, and the stylesheet shows the one that suits the screen (`stepper--any-screen`). */
  anyScreen: boolean;
  /** For the steps' list: the id the button controls, and hidden while folded. */
  list: { id: string; hidden: boolean };
  onKeyDown: (event: KeyboardEvent) => void;
};

export function useStepperFold(current: WizardStep, steps: readonly WizardStep[]): StepperFold {
  const { t } = useTranslation();
  const screen = useIsPhoneOrUnknown();
  const phone = screen === true;
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  // Open on the step where it was opened: a link to another step closes it without an effect.
  const [openOn, setOpenOn] = useState<WizardStep | null>(null);
  const open = phone && openOn === current;
  const close = () => {
    setOpenOn(null);
    toggle.current?.focus();
  };
  const header =
    screen !== false ? (
      <div className="stepper__fold">
        <p className="stepper__position">
          <span className="stepper__count">
            {t('filing.wizard.stepPosition', { number: steps.indexOf(current) + 1, total: steps.length })}
          </span>
          <span className="stepper__current">{t(`filing.wizard.steps.${current}`)}</span>
        </p>
        <button
          ref={toggle}
          type="button"
          className="stepper__toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpenOn(open ? null : current)}
        >
          {t('filing.wizard.allSteps')}
        </button>
      </div>
    ) : null;
  return {
    header,
    anyScreen: screen === undefined,
    list: { id: listId, hidden: phone && !open },
    onKeyDown: (event) => {
      if (event.key !== 'Escape' || !open) return;
      event.preventDefault();
      close();
    },
  };
}
