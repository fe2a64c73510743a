// A link shown for copying: readable and selectable in a read-only field, with a button that copies it and says so.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';

export function CopyLink({ link }: { link: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="admin-users__link">
      <label className="visually-hidden" htmlFor={id}>
        {t('adminUsers.invite.linkLabel')}
      </label>
      <input id={id} className="field__input mono" readOnly value={link} onFocus={(event) => event.target.select()} />
      <Button variant="secondary" onClick={() => void copy()}>
        {t('adminUsers.invite.copy')}
      </Button>
      <p className="muted" aria-live="polite">
        {state === 'copied'
          ? t('adminUsers.invite.copied')
          : state === 'failed'
            ? t('adminUsers.invite.copyFailed')
            : ''}
      </p>
    </div>
  );
}
