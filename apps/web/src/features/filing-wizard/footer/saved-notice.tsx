// "Saved" on the step a "next" led to: the previous step's "next" saves, then moves on with `savedState`, and the
// wizard's frame says so in a polite live region that stays in place across steps (so it is announced).
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

type SavedState = { saved: true };

const cameSaved = (state: unknown): state is SavedState =>
  typeof state === 'object' && state !== null && (state as Partial<SavedState>).saved === true;

/** Goes to another step's page after its own has been saved. */
export function useNextStep() {
  const navigate = useNavigate();
  return (to: string) => navigate(to, { state: { saved: true } satisfies SavedState });
}

export function SavedNotice() {
  const { t } = useTranslation();
  const { state } = useLocation();
  return (
    <p className="saved-notice" role="status">
      {cameSaved(state) ? (
        <>
          <span aria-hidden="true">✓ </span>
          {t('filing.footer.saved')}
        </>
      ) : null}
    </p>
  );
}
