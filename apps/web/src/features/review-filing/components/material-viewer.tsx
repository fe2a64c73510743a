// One material at a time, large: zoom in and out (buttons, or + − 0 anywhere on the page outside a text field),
// rotate by 90°, full screen, and the previous or next material. Images and PDFs alike: a PDF is drawn by pdf.js
// (pdf-document.tsx) at the zoom and turn chosen here.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { isTyping } from '../hooks/use-review-shortcuts.ts';
import { PdfDocument } from './pdf-document.tsx';

export type ViewedMaterial = { id: string; label: string; contentType: string; url: string };

type MaterialViewerProps = { materials: ViewedMaterial[]; index: number; onIndex: (index: number) => void };

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const ACTUAL_SIZE = ZOOMS.indexOf(1);

/** + (or =, its unshifted key) zooms in, − zooms out, 0 goes back to the actual size. */
function useZoomKeys(onZoom: (change: 'in' | 'out' | 'reset') => void) {
  const latest = useRef(onZoom);
  latest.current = onZoom;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target)) return;
      const change =
        event.key === '+' || event.key === '='
          ? 'in'
          : event.key === '-' || event.key === '−' || event.key === '_'
            ? 'out'
            : event.key === '0'
              ? 'reset'
              : null;
      if (!change) return;
      event.preventDefault();
      latest.current(change);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

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
  const [zoom, setZoom] = useState(ACTUAL_SIZE);
  const [turns, setTurns] = useState(0);
  const fullscreen = useFullscreen(frame);
  const material = materials[index];
  useZoomKeys((change) =>
    setZoom((current) =>
      change === 'reset'
        ? ACTUAL_SIZE
        : change === 'in'
          ? Math.min(current + 1, ZOOMS.length - 1)
          : Math.max(current - 1, 0),
    ),
  );

  // Each material opens upright at its natural size.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the material shown changes.
  useEffect(() => {
    setZoom(ACTUAL_SIZE);
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
        <Button variant="secondary" disabled={zoom === 0} aria-keyshortcuts="-" onClick={() => setZoom(zoom - 1)}>
          <span aria-hidden="true">−</span>
          <span className="visually-hidden">{t('reviewFiling.viewer.zoomOut')}</span>
        </Button>
        <output className="viewer__zoom" aria-label={t('reviewFiling.viewer.zoom')}>
          {Math.round(scale * 100)}%
        </output>
        <Button
          variant="secondary"
          disabled={zoom === ZOOMS.length - 1}
          aria-keyshortcuts="+"
          onClick={() => setZoom(zoom + 1)}
        >
          <span aria-hidden="true">+</span>
          <span className="visually-hidden">{t('reviewFiling.viewer.zoomIn')}</span>
        </Button>
        <Button
          variant="secondary"
          disabled={zoom === ACTUAL_SIZE}
          aria-keyshortcuts="0"
          onClick={() => setZoom(ACTUAL_SIZE)}
        >
          {t('reviewFiling.viewer.zoomReset')}
        </Button>
        <Button variant="secondary" onClick={() => setTurns((turns + 1) % 4)}>
          {t('reviewFiling.viewer.rotate')}
        </Button>
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
          <PdfDocument material={material} scale={scale} turns={turns} />
        )}
      </section>
      <p className="viewer__keys">{t('reviewFiling.viewer.keys')}</p>
    </section>
  );
}
