// pdf.js behind a small seam: the review page's PDF viewer asks for a document and draws its pages into canvases;
// nothing else of pdf.js leaks out (its tests replace this module). The library and its worker are loaded on first
// use only. The worker is a file of our own origin, bundled by vite, so the page's CSP needs no more than
// `worker-src 'self'`; this pdf.js never builds code from strings, so no 'unsafe-eval' either.

export type PdfDocument = {
  pageCount: number;
  /**
   * Draws page `pageNumber` (1-based) into `canvas` at `scale` (1 = 72 dpi CSS pixels), turned by `rotation`°.
   * `cancel` stops a drawing that a newer one replaces (pdf.js refuses two at once on one canvas).
   */
  renderPage: (
    pageNumber: number,
    canvas: HTMLCanvasElement,
    options: { scale: number; rotation: number },
  ) => { done: Promise<void>; cancel: () => void };
  destroy: () => void;
};

type PdfJs = typeof import('pdfjs-dist');

let library: Promise<PdfJs> | null = null;

function pdfjs(): Promise<PdfJs> {
  library ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerPort = new Worker(new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url), {
      type: 'module',
    });
    return lib;
  });
  return library;
}

export async function loadPdf(bytes: ArrayBuffer): Promise<PdfDocument> {
  const lib = await pdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    // Nothing is fetched from elsewhere: fonts the file does not embed fall back to the browser's own.
    useSystemFonts: true,
    disableAutoFetch: true,
  });
  const doc = await task.promise;
  // A page turned in the file (/Rotate) keeps its own turn; the reviewer's turns add to it.
  return {
    pageCount: doc.numPages,
    renderPage(pageNumber, canvas, { scale, rotation }) {
      let cancelled = false;
      let running: { cancel: () => void } | null = null;
      const done = (async () => {
        const page = await doc.getPage(pageNumber);
        if (cancelled) return;
        // Sharp on high-density screens: draw at device pixels, show at CSS pixels.
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: scale * ratio, rotation: (page.rotate + rotation) % 360 });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
        canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
        const task = page.render({ canvas, viewport });
        running = task;
        try {
          await task.promise;
        } catch (error) {
          if (!cancelled) throw error;
        }
      })();
      return {
        done,
        cancel: () => {
          cancelled = true;
          running?.cancel();
        },
      };
    },
    destroy: () => void task.destroy(),
  };
}
