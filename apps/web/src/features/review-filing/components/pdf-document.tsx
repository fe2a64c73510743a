// A PDF material drawn by pdf.js, one page at a time into a canvas, with page navigation. The bytes are fetched
// with the session (the API serves uploads as sandboxed attachments, which a frame or <object> would not show under
// the page's CSP); the same bytes back a link that opens the file in a new tab.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { fetchFile } from '../../../lib/download-file.ts';
import { type PdfDocument as LoadedPdf, loadPdf } from '../../../lib/pdf/load-pdf.ts';
import type { ViewedMaterial } from './material-viewer.tsx';

type PdfDocumentProps = { material: ViewedMaterial; scale: number; turns: number };
type Loaded = { doc: LoadedPdf; url: string };

function useLoadedPdf(url: string): { loaded: Loaded | null; failed: boolean } {
  const [state, setState] = useState<{ loaded: Loaded | null; failed: boolean }>({ loaded: null, failed: false });
  useEffect(() => {
    const abort = new AbortController();
    let loaded: Loaded | null = null;
    setState({ loaded: null, failed: false });
    fetchFile(url, 'application/pdf', abort.signal)
      .then(async ({ blob }) => {
        const doc = await loadPdf(await blob.arrayBuffer());
        if (abort.signal.aborted) {
          doc.destroy();
          return;
        }
        loaded = { doc, url: URL.createObjectURL(blob) };
        setState({ loaded, failed: false });
      })
      .catch(() => {
        if (!abort.signal.aborted) setState({ loaded: null, failed: true });
      });
    return () => {
      abort.abort();
      if (loaded) {
        loaded.doc.destroy();
        URL.revokeObjectURL(loaded.url);
      }
    };
  }, [url]);
  return state;
}

export function PdfDocument({ material, scale, turns }: PdfDocumentProps) {
  const { t } = useTranslation();
  const { loaded, failed } = useLoadedPdf(material.url);
  const [page, setPage] = useState(1);
  const [drawFailed, setDrawFailed] = useState(false);
  const canvas = useRef<HTMLCanvasElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each document opens at its first page.
  useEffect(() => setPage(1), [loaded]);
  useEffect(() => {
    const target = canvas.current;
    if (!loaded || !target) return;
    setDrawFailed(false);
    const drawing = loaded.doc.renderPage(page, target, { scale, rotation: turns * 90 });
    drawing.done.catch(() => setDrawFailed(true));
    return drawing.cancel;
  }, [loaded, page, scale, turns]);

  if (failed || drawFailed) return <p role="alert">{t('reviewFiling.viewer.pdfFailed', { name: material.label })}</p>;
  if (!loaded) return <p role="status">{t('reviewFiling.viewer.loadingPdf', { name: material.label })}</p>;
  const total = loaded.doc.pageCount;
  return (
    <div className="viewer__document">
      <div className="viewer__pages">
        <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {t('reviewFiling.viewer.pdfPrevious')}
        </Button>
        <span aria-live="polite">{t('reviewFiling.viewer.pdfPage', { current: page, total })}</span>
        <Button variant="secondary" disabled={page >= total} onClick={() => setPage(page + 1)}>
          {t('reviewFiling.viewer.pdfNext')}
        </Button>
        <a href={loaded.url} target="_blank" rel="noreferrer">
          {t('reviewFiling.viewer.openPdf', { name: material.label })}
        </a>
      </div>
      <canvas
        ref={canvas}
        className="viewer__canvas"
        role="img"
        aria-label={t('reviewFiling.viewer.pdfPageImage', { name: material.label, page })}
      />
    </div>
  );
}
