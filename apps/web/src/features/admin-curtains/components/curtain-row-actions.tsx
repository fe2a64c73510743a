// What can be done with one parcel, by its status: a waiting one gets its tracking number; a shipped one is marked
// delivered, or returned with why. Delivered and returned parcels are done.
import type { AdminCurtainRow } from '@beian/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import type { RowAction } from '../api/use-curtain-actions.ts';

type Props = { row: AdminCurtainRow; busy: boolean; onAction: (action: RowAction) => void };

export function CurtainRowActions({ row, busy, onAction }: Props) {
  const { t } = useTranslation();
  const [trackingNo, setTrackingNo] = useState('');
  const [reason, setReason] = useState('');
  const { id, orderNo } = row;

  if (row.status === 'REQUESTED') {
    return (
      <form
        className="curtain-row-actions"
        onSubmit={(event) => {
          event.preventDefault();
          if (trackingNo.trim()) onAction({ kind: 'ship', id, orderNo, trackingNo: trackingNo.trim() });
        }}
      >
        <TextField
          label={t('adminCurtains.actions.trackingLabel', { orderNo })}
          value={trackingNo}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setTrackingNo(e.target.value)}
        />
        <Button type="submit" variant="secondary" busy={busy} disabled={!trackingNo.trim()}>
          {t('adminCurtains.actions.ship')}
        </Button>
      </form>
    );
  }
  if (row.status === 'SHIPPED') {
    return (
      <div className="curtain-row-actions">
        <Button variant="secondary" busy={busy} onClick={() => onAction({ kind: 'deliver', id, orderNo })}>
          {t('adminCurtains.actions.deliver')}
        </Button>
        <form
          className="curtain-row-actions__return"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim()) onAction({ kind: 'return', id, orderNo, reason: reason.trim() });
          }}
        >
          <TextField
            label={t('adminCurtains.actions.returnReasonLabel', { orderNo })}
            hint={t('adminCurtains.actions.returnReasonHint')}
            value={reason}
            maxLength={200}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button type="submit" variant="danger" busy={busy} disabled={!reason.trim()}>
            {t('adminCurtains.actions.return')}
          </Button>
        </form>
      </div>
    );
  }
  return null;
}
