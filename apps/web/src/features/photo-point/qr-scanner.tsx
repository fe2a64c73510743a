// The operator's camera, reading the applicant's order QR code frame by frame (the back camera on a phone or
// tablet). Typing the number stays available beside it; a refused or missing camera is said plainly.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { type CameraProblem, cameraProblem, readOrderNo } from './scan-order.ts';

type ScanState = 'starting' | 'scanning' | CameraProblem;

export function QrScanner({ onOrderNo }: { onOrderNo: (orderNo: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<ScanState>('starting');
  const [sawOther, setSawOther] = useState(false);
  // The latest callback, without restarting the camera when the page re-renders.
  const found = useRef(onOrderNo);
  found.current = onOrderNo;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let frame = 0;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const tick = () => {
      if (stopped) return;
      const element = video.current;
      if (element && context && element.readyState >= 2 && element.videoWidth > 0) {
        canvas.width = element.videoWidth;
        canvas.height = element.videoHeight;
        context.drawImage(element, 0, 0);
        const reading = readOrderNo(context.getImageData(0, 0, canvas.width, canvas.height));
        if (reading.kind === 'order') {
          found.current(reading.orderNo);
          return;
        }
        if (reading.kind === 'other') setSawOther(true);
      }
      frame = requestAnimationFrame(tick);
    };

    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setState('noCamera');
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch (error) {
        if (!stopped) setState(cameraProblem(error));
        return;
      }
      const element = video.current;
      if (stopped || !element) return;
      element.srcObject = stream;
      await element.play().catch(() => undefined);
      setState('scanning');
      tick();
    };

    void start();
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  const problem = state === 'denied' || state === 'noCamera' || state === 'failed';
  return (
    <div className="qr-scanner">
      {problem ? (
        <Alert tone="error">{t(`photoPoint.scan.${state}`)}</Alert>
      ) : (
        <>
          <video
            ref={video}
            className="qr-scanner__video"
            muted
            playsInline
            aria-label={t('photoPoint.scan.videoLabel')}
          />
          <p aria-live="polite">
            {state === 'starting' ? t('photoPoint.scan.starting') : t('photoPoint.scan.scanning')}
          </p>
          {sawOther ? <Alert tone="info">{t('photoPoint.scan.notOrder')}</Alert> : null}
        </>
      )}
    </div>
  );
}
