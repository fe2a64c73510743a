// The order number, large enough to read out at a photo point (the operator finds the order by it), with a copy
// button whose result is announced, and its QR code for the operator to scan.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui/button.tsx';
import { Card } from '../../../../components/ui/card.tsx';
import { QrCode } from '../../../../components/ui/qr-code.tsx';

type Feedback = 'copied' | 'copyFailed';

/** How long the copy feedback stays on screen. */
const FEEDBACK_MS = 4000;

export function OrderNumberCard({ orderNo }: { orderNo: string }) {
  const { t } = useTranslation();
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  useEffect(() => {
    if (!feedback) return;
    const timer = setTimeout(() => setFeedback(null), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [feedback]);

  async function copy() {
    try {
      // Missing outside a secure context; the catch covers that and a refused permission alike.
      await navigator.clipboard.writeText(orderNo);
      setFeedback('copied');
    } catch {
      setFeedback('copyFailed');
    }
  }

  return (
    <Card title={t('photo.order.title')} className="photo-order">
      <div className="photo-order__row">
        <p className="photo-order__number">{orderNo}</p>
        <Button variant="secondary" onClick={copy} aria-label={t('photo.order.copyLabel', { orderNo })}>
          {t('photo.order.copy')}
        </Button>
      </div>
      <p className={`photo-order__feedback photo-order__feedback--${feedback ?? 'none'}`} aria-live="polite">
        {feedback ? t(`photo.order.${feedback}`) : null}
      </p>
      <p className="muted">{t('photo.order.hint')}</p>
      <QrCode value={orderNo} label={t('photoPoint.qrLabel', { orderNo })} size={144} />
    </Card>
  );
}
