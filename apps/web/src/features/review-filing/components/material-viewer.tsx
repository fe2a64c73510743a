// One material at a time, large: zoom in and out, rotate by 90°, full screen, and the previous or next material.
// Images turn and scale here; a PDF is shown by the browser's own viewer, which has its own zoom, from a blob: URL of
// its bytes (the API serves uploads as sandboxed attachments, never as pages of its own origin).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { useFileUrl } from '../../../lib/use-file-url.ts';

export type ViewedMaterial = { id: string; label: string; contentType: string; url: string };

type MaterialViewerProps = { materials: ViewedMaterial[]; index: number; onIndex: (index: number) => void };

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

function useFullscreen(target: React.RefObject<HTMLElement | null>) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const sync = () => setOn(document.fullscreenElement !== null && document.fullscreenElement === target.current);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, [target]);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void target.current?.requestFullscreen?.();
  };
  return { on, toggle, supported: typeof document.documentElement.requestFullscreen === 'function' };
}

export function MaterialViewer({ materials, index, onIndex }: MaterialViewerProps) {
  const { t } = useTranslation();
  const frame = useRef<HTMLElement>(null);
  const [zoom, setZoom] = useState(2);
  const [turns, setTurns] = useState(0);
  const fullscreen = useFullscreen(frame);
  const material = materials[index];

  // Each material opens upright at its natural size.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the material shown changes.
  useEffect(() => {
    setZoom(2);
    setTurns(0);
  }, [material?.id]);

  if (!material) return null;
  const image = material.contentType.startsWith('image/');
  const scale = ZOOMS[zoom] ?? 1;
  return (
    <section className="viewer" aria-label={t('reviewFiling.viewer.label')}>
      <div className="viewer__toolbar">
        <p className="viewer__title" aria-live="polite">
          {t('reviewFiling.viewer.position', { current: index + 1, total: materials.length, name: material.label })}
        </p>
        <Button variant="secondary" disabled={index === 0} onClick={() => onIndex(index - 1)}>
          {t('reviewFiling.viewer.previous')}
        </Button>
        <Button variant="secondary" disabled={index === materials.length - 1} onClick={() => onIndex(index + 1)}>
          {t('reviewFiling.viewer.next')}
        </Button>
        {image ? (
          <>
            <Button variant="secondary" disabled={zoom === 0} onClick={() => setZoom(zoom - 1)}>
              <span aria-hidden="true">−</span>
              <span className="visually-hidden">{t('reviewFiling.viewer.zoomOut')}</span>
            </Button>
            <output className="viewer__zoom" aria-label={t('reviewFiling.viewer.zoom')}>
              {Math.round(scale * 100)}%
            </output>
            <Button variant="secondary" disabled={zoom === ZOOMS.length - 1} onClick={() => setZoom(zoom + 1)}>
              <span aria-hidden="true">+</span>
              <span className="visually-hidden">{t('reviewFiling.viewer.zoomIn')}</span>
            </Button>
            <Button variant="secondary" onClick={() => setTurns((turns + 1) % 4)}>
              {t('reviewFiling.viewer.rotate')}
            </Button>
          </>
        ) : null}
        {fullscreen.supported ? (
          <Button variant="secondary" aria-pressed={fullscreen.on} onClick={fullscreen.toggle}>
            {t('reviewFiling.viewer.fullscreen')}
          </Button>
        ) : null}
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a zoomed image scrolls; keyboard users need to reach it. */}
      <section ref={frame} className="viewer__stage" tabIndex={0} aria-label={material.label}>
        {image ? (
          <img
            className="viewer__image"
            src={material.url}
            alt={material.label}
            style={{ width: `${scale * 100}%`, transform: `rotate(${turns * 90}deg)` }}
          />
        ) : (
          <PdfFrame material={material} />
        )}
      </section>
    </section>
  );
}

function PdfFrame({ material }: { material: ViewedMaterial }) {
  const { t } = useTranslation();
  const file = useFileUrl(material.url, material.contentType);
  if (file.failed) return <p role="alert">{t('reviewFiling.viewer.pdfFailed', { name: material.label })}</p>;
  if (!file.url) return <p role="status">{t('reviewFiling.viewer.loadingPdf', { name: material.label })}</p>;
  return (
    <div className="viewer__document">
      <iframe className="viewer__pdf" src={file.url} title={material.label} />
      <a href={file.url} target="_blank" rel="noreferrer">
        {t('reviewFiling.viewer.openPdf', { name: material.label })}
      </a>
    </div>
  );
}
