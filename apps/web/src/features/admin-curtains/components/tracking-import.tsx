// The courier's tracking numbers back: a CSV chosen from disk, read as text in the browser and sent; the answer says
// how many rows were recorded and lists each bad row with its row number and why.
import { TRACKING_IMPORT_MAX_BYTES, type TrackingImportReport } from '@beian/contracts';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { useTrackingImport } from '../api/use-curtain-actions.ts';

function Report({ report }: { report: TrackingImportReport }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert tone={report.rejected.length > 0 ? 'info' : 'success'}>
        {t('adminCurtains.import.summary', {
          applied: report.applied.length,
          unchanged: report.unchanged.length,
          rejected: report.rejected.length,
        })}
      </Alert>
      {report.rejected.length > 0 ? (
        <TableFrame caption={t('adminCurtains.import.reportCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('adminCurtains.import.row')}</th>
              <th scope="col">{t('adminCurtains.import.reference')}</th>
              <th scope="col">{t('adminCurtains.import.trackingNo')}</th>
              <th scope="col">{t('adminCurtains.import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rejected.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                <td>{row.reference}</td>
                <td>{row.trackingNo}</td>
                <td>{t(`adminCurtains.import.problems.${row.problem}`)}</td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      ) : null}
    </>
  );
}

export function TrackingImport() {
  const { t } = useTranslation();
  const fileId = useId();
  const send = useTrackingImport();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!file) return setProblem(t('adminCurtains.import.chooseFile'));
    if (file.size > TRACKING_IMPORT_MAX_BYTES) return setProblem(t('adminCurtains.import.tooLarge'));
    send.mutate(await file.text());
  };

  return (
    <form className="tracking-import" aria-labelledby={`${fileId}-heading`} onSubmit={(e) => void submit(e)}>
      <h3 className="card__title" id={`${fileId}-heading`}>
        {t('adminCurtains.import.heading')}
      </h3>
      <p className="muted">{t('adminCurtains.import.body')}</p>
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          {t('adminCurtains.import.file')}
        </label>
        <input
          id={fileId}
          className="field__input"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {send.isError ? (
        <Alert tone="error">{t('adminCurtains.import.failed', { message: errorMessage(send.error) })}</Alert>
      ) : null}
      <div>
        <Button type="submit" busy={send.isPending}>
          {t('adminCurtains.import.submit')}
        </Button>
      </div>
      {send.data ? <Report report={send.data} /> : null}
    </form>
  );
}
