// A year's schedule as the admin edits it: the State Council's notice pasted in, the days off and the make-up working
// days (each checked as the API will check it, with its weekday), the required reason, and 发布新版本. The version it
// was opened from goes with the publish: another admin's publish meanwhile is a conflict with a way to reload.
import { PublishCalendarYearSchema, type CalendarYearDetail as YearDetail } from '@beian/contracts';
import { type CalendarYearIssue, checkCalendarYear } from '@beian/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FieldShell } from '../../../components/ui/field-shell.tsx';
import { isApiError } from '../../../lib/api-error.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { placeServerErrors } from '../../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { usePublishCalendarYear } from '../api/calendar-api.ts';
import type { PastedDays } from '../lib/parse-days.ts';
import { DayList } from './day-list.tsx';
import { PasteDays } from './paste-days.tsx';

const ReasonSchema = z.object({ reason: PublishCalendarYearSchema.shape.reason });
type ReasonForm = { reason: string };
/** The contract's limit. */
const REASON_MAX = 500;

type Lists = { holidays: string[]; makeUpWorkdays: string[] };
type Outcome = { kind: 'published'; version: number } | { kind: 'failed'; error: unknown } | null;

const listsOf = (detail: YearDetail): Lists => ({
  holidays: [...detail.holidays],
  makeUpWorkdays: [...detail.makeUpWorkdays],
});
const merged = (days: readonly string[], more: readonly string[]) => [...new Set([...days, ...more])].sort();

type YearEditorProps = {
  detail: YearDetail;
  /** Reads the year again (after a conflict); resolves to what the server has now. */
  onReload: () => Promise<YearDetail | undefined>;
};

export function YearEditor({ detail, onReload }: YearEditorProps) {
  const { t } = useTranslation();
  const { year } = detail;
  const publish = usePublishCalendarYear(year);
  const [lists, setLists] = useState<Lists>(() => listsOf(detail));
  const [base, setBase] = useState(detail.version);
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const form = useForm<ReasonForm, unknown, ReasonForm>({
    resolver: zodFormResolver(ReasonSchema),
    defaultValues: { reason: '' },
  });
  useRetranslateErrors(form);

  const issues = checkCalendarYear({ year, ...lists });
  const problemsOf = (list: CalendarYearIssue['list']) => {
    const found: (string | undefined)[] = [];
    for (const issue of issues.filter((i) => i.list === list)) {
      found[issue.index] = t(`adminCalendar.editor.problems.${issue.problem}`, { year });
    }
    return found;
  };
  const noHolidays = lists.holidays.length === 0;

  const start = (from: YearDetail) => {
    setLists(listsOf(from));
    setBase(from.version);
    setTried(false);
    form.reset({ reason: '' });
  };
  const add = (list: keyof Lists, days: readonly string[]) =>
    setLists((current) => ({ ...current, [list]: merged(current[list], days) }));
  const remove = (list: keyof Lists, index: number) =>
    setLists((current) => ({ ...current, [list]: current[list].filter((_, i) => i !== index) }));
  const addPasted = (found: PastedDays) =>
    setLists((current) => ({
      holidays: merged(current.holidays, found.holidays),
      makeUpWorkdays: merged(current.makeUpWorkdays, found.makeUpWorkdays),
    }));

  const submit = async ({ reason }: ReasonForm) => {
    setOutcome(null);
    if (issues.length > 0 || noHolidays) return;
    try {
      const published = await publish.mutateAsync({ baseVersion: base, ...lists, reason });
      start(published);
      setOutcome({ kind: 'published', version: published.version });
    } catch (caught) {
      if (!placeServerErrors(caught, form.setError, ['reason'])) setOutcome({ kind: 'failed', error: caught });
    }
  };

  const reload = async () => {
    const fresh = await onReload();
    if (fresh) start(fresh);
    setOutcome(null);
  };

  const intro =
    detail.source === 'PUBLISHED' && base > 0
      ? t('adminCalendar.editor.fromPublished', { version: base, next: base + 1 })
      : detail.source === 'BUILT_IN'
        ? t('adminCalendar.editor.fromBuiltIn')
        : t('adminCalendar.editor.fromNone');
  const reasonError = form.formState.errors.reason?.message;
  const { ref: reasonRef, ...reasonField } = form.register('reason');

  return (
    <form
      className="form year-editor"
      noValidate
      onSubmit={(event) => {
        // The lists are checked with the reason: a missing reason must not hide a list's own problem.
        setTried(true);
        void form.handleSubmit(submit)(event);
      }}
    >
      <p className="muted">{intro}</p>
      <PasteDays year={year} onFound={addPasted} />
      <div className="year-editor__lists">
        <DayList
          label={t('adminCalendar.editor.holidays')}
          hint={t('adminCalendar.editor.holidaysHint')}
          year={year}
          days={lists.holidays}
          problems={problemsOf('holidays')}
          error={tried && noHolidays ? t('adminCalendar.editor.holidaysRequired') : undefined}
          onAdd={(day) => add('holidays', [day])}
          onRemove={(index) => remove('holidays', index)}
        />
        <DayList
          label={t('adminCalendar.editor.makeUpWorkdays')}
          hint={t('adminCalendar.editor.makeUpWorkdaysHint')}
          year={year}
          days={lists.makeUpWorkdays}
          problems={problemsOf('makeUpWorkdays')}
          onAdd={(day) => add('makeUpWorkdays', [day])}
          onRemove={(index) => remove('makeUpWorkdays', index)}
        />
      </div>
      <FieldShell
        label={t('adminCalendar.editor.reason')}
        hint={t('adminCalendar.editor.reasonHint')}
        error={reasonError}
        required
      >
        {(control) => (
          <textarea
            {...reasonField}
            {...control}
            ref={reasonRef}
            className="field__input paste-days__text"
            rows={2}
            maxLength={REASON_MAX}
          />
        )}
      </FieldShell>
      {tried && issues.length > 0 ? <Alert tone="error">{t('adminCalendar.editor.fixFirst')}</Alert> : null}
      {outcome?.kind === 'published' ? (
        <Alert tone="success">{t('adminCalendar.editor.published', { year, version: outcome.version })}</Alert>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <Alert tone="error" title={t('adminCalendar.editor.publishFailed')}>
          {isApiError(outcome.error, 'CALENDAR_VERSION_CONFLICT') ? (
            <>
              <p>{t('adminCalendar.editor.conflict')}</p>
              <Button variant="secondary" onClick={() => void reload()}>
                {t('adminCalendar.editor.reload')}
              </Button>
            </>
          ) : (
            <p>{errorMessage(outcome.error)}</p>
          )}
        </Alert>
      ) : null}
      <div className="year-editor__actions">
        <Button type="submit" busy={publish.isPending}>
          {t('adminCalendar.editor.publish')}
        </Button>
      </div>
    </form>
  );
}
