// "下载核验单": fetches the pre-filled PDF and saves it; a refusal (the subject step not filled in yet) is said
// beside the button, with the way to the step that completes it.
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../../components/ui/alert.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { ApiError } from '../../../../lib/api-error.ts';
import { downloadFile } from '../../../../lib/download-file.ts';
import { errorMessage } from '../../../../lib/error-message.ts';
import { verificationSheetUrl } from '../../api/materials-api.ts';

export function DownloadSheetButton({ filingId }: { filingId: string }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: () => downloadFile(verificationSheetUrl(filingId), 'verification-sheet.pdf'),
  });
  const incomplete = download.error instanceof ApiError && download.error.code === 'INFO_INCOMPLETE';
  return (
    <>
      <Button variant="secondary" busy={download.isPending} onClick={() => download.mutate()}>
        <span aria-hidden="true">↓ </span>
        {t('materials.sheet.download')}
      </Button>
      {download.isError ? (
        <Alert tone="error">
          <p>{t('materials.sheet.downloadFailed', { message: errorMessage(download.error) })}</p>
          {incomplete ? (
            <p>
              {t('materials.sheet.needsSubject')}{' '}
              <Link to={`/console/filings/${filingId}/subject`}>{t('materials.sheet.toSubject')}</Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
    </>
  );
}
