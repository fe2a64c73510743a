// 粘贴国务院通知: the notice's text (or any list of dates) read into days off and make-up working days, added to the
// lists; how many were found is announced.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { type PastedDays, parseDays } from '../lib/parse-days.ts';

export function PasteDays({ year, onFound }: { year: number; onFound: (days: PastedDays) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<PastedDays | null>(null);

  const read = () => {
    const found = parseDays(text, year);
    setResult(found);
    if (found.holidays.length + found.makeUpWorkdays.length === 0) return;
    onFound(found);
    setText('');
  };

  return (
    <div className="field paste-days">
      <label className="field__label" htmlFor={id}>
        {t('adminCalendar.editor.paste.label')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('adminCalendar.editor.paste.hint')}
      </p>
      <textarea
        id={id}
        className="field__input paste-days__text"
        rows={4}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="paste-days__actions">
        <Button variant="secondary" onClick={read}>
          {t('adminCalendar.editor.paste.action')}
        </Button>
        <p className="muted" role="status">
          {result === null
            ? null
            : result.holidays.length + result.makeUpWorkdays.length === 0
              ? t('adminCalendar.editor.paste.nothing')
              : t('adminCalendar.editor.paste.found', {
                  holidays: result.holidays.length,
                  makeUp: result.makeUpWorkdays.length,
                })}
        </p>
      </div>
    </div>
  );
}
