// One list of the year's days (放假 or 调休上班): each day with its weekday, what is wrong with it if anything, and a
// remove button; under it a date field to add one. Enter in the date field adds the day rather than publishing.
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { useWeekday } from '../lib/weekday.ts';

type DayListProps = {
  label: string;
  hint: string;
  year: number;
  days: readonly string[];
  /** What is wrong with the day at the same index, if anything. */
  problems: readonly (string | undefined)[];
  /** The list as a whole (no day off at all). */
  error?: string;
  onAdd: (day: string) => void;
  onRemove: (index: number) => void;
};

export function DayList({ label, hint, year, days, problems, error, onAdd, onRemove }: DayListProps) {
  const { t } = useTranslation();
  const id = useId();
  const weekday = useWeekday();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');

  const add = () => {
    if (!draft) {
      input.current?.focus();
      return;
    }
    onAdd(draft);
    setDraft('');
    input.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <fieldset className={['day-list', error ? 'field--invalid' : undefined].filter(Boolean).join(' ')}>
      <legend className="day-list__legend">{label}</legend>
      <p className="field__hint">{hint}</p>
      {days.length > 0 ? (
        <ul
          className="day-list__days"
          aria-label={t('adminCalendar.editor.listCaption', { list: label, count: days.length })}
        >
          {days.map((day, index) => {
            const problem = problems[index];
            return (
              <li key={day} className={problem ? 'day-list__day day-list__day--invalid' : 'day-list__day'}>
                <span>
                  <time dateTime={day}>{day}</time> <span className="muted">{weekday(day)}</span>
                </span>
                {problem ? <span className="field__error">{problem}</span> : null}
                <Button
                  variant="ghost"
                  aria-label={t('adminCalendar.editor.removeDay', { list: label, day })}
                  onClick={() => onRemove(index)}
                >
                  {t('adminCalendar.editor.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{t('adminCalendar.editor.empty')}</p>
      )}
      {error ? <p className="field__error">{error}</p> : null}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-add`}>
          {t('adminCalendar.editor.addLabel', { list: label })}
        </label>
        <div className="field__row">
          <input
            ref={input}
            id={`${id}-add`}
            className="field__input day-list__input"
            type="date"
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <Button variant="secondary" onClick={add}>
            {t('adminCalendar.editor.add')}
          </Button>
        </div>
      </div>
    </fieldset>
  );
}
