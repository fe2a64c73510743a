// The operators working at a point, each removable, and the choice of an operator account to place here (one
// placed elsewhere moves). What came of the last change is said in words under the heading.
import type { AdminPhotoPointDetail } from '@beian/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Card } from '../../../components/ui/card.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { useAssignableOperators } from '../api/photo-points-api.ts';
import { usePlaceOperator } from '../api/use-photo-point-writes.ts';

type Notice = { kind: 'placed' | 'removed'; name: string } | { kind: 'failed'; error: unknown };

export function PointOperators({ point }: { point: AdminPhotoPointDetail }) {
  const { t } = useTranslation();
  const assignable = useAssignableOperators();
  const place = usePlaceOperator(point.id);
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const change = (accountId: string, name: string, placed: boolean) => {
    setNotice(null);
    place.mutate(
      { accountId, placed, name },
      {
        onSuccess: () => {
          setNotice({ kind: placed ? 'placed' : 'removed', name });
          if (placed) setChosen('');
        },
        onError: (error) => setNotice({ kind: 'failed', error }),
      },
    );
  };

  const here = new Set(point.operators.map((o) => o.id));
  const others = (assignable.data?.operators ?? []).filter((o) => !here.has(o.id));
  const optionLabel = (o: (typeof others)[number]) => {
    if (!o.active) return t('adminPhotoPoints.operators.optionDisabled', { name: o.displayName });
    if (o.point) return t('adminPhotoPoints.operators.optionAt', { name: o.displayName, point: o.point.name });
    return t('adminPhotoPoints.operators.optionFree', { name: o.displayName });
  };

  const assign = () => {
    const operator = others.find((o) => o.id === chosen);
    setMissing(!operator);
    if (operator) change(operator.id, operator.displayName, true);
  };

  return (
    <Card title={t('adminPhotoPoints.operators.heading')}>
      {notice?.kind === 'failed' ? <Alert tone="error">{errorMessage(notice.error)}</Alert> : null}
      {notice && notice.kind !== 'failed' ? (
        <Alert tone="success">
          {t(`adminPhotoPoints.operators.${notice.kind === 'placed' ? 'assigned' : 'removed'}`, { name: notice.name })}
        </Alert>
      ) : null}
      {point.operators.length === 0 ? (
        <p className="muted">{t('adminPhotoPoints.operators.empty')}</p>
      ) : (
        <TableFrame caption={t('adminPhotoPoints.operators.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('adminPhotoPoints.operators.columns.name')}</th>
              <th scope="col">{t('adminPhotoPoints.operators.columns.email')}</th>
              <th scope="col">{t('adminPhotoPoints.operators.columns.account')}</th>
              <th scope="col">{t('adminPhotoPoints.operators.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {point.operators.map((operator) => (
              <tr key={operator.id}>
                <th scope="row">{operator.displayName}</th>
                <td>{operator.email}</td>
                <td>
                  {operator.active
                    ? t('adminPhotoPoints.operators.accountActive')
                    : t('adminPhotoPoints.operators.accountDisabled')}
                </td>
                <td>
                  <Button
                    variant="secondary"
                    aria-label={t('adminPhotoPoints.operators.removeLabel', { name: operator.displayName })}
                    busy={place.isPending && place.variables?.accountId === operator.id}
                    onClick={() => change(operator.id, operator.displayName, false)}
                  >
                    {t('adminPhotoPoints.operators.remove')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      {assignable.isError ? (
        <Alert tone="error" title={t('adminPhotoPoints.operators.loadFailed')}>
          {errorMessage(assignable.error)}
        </Alert>
      ) : null}
      {assignable.data && others.length === 0 ? (
        <p className="muted">{t('adminPhotoPoints.operators.noneAssignable')}</p>
      ) : null}
      {others.length > 0 ? (
        <div className="point-operators__assign">
          <SelectField
            label={t('adminPhotoPoints.operators.assignLabel')}
            hint={t('adminPhotoPoints.operators.assignHint')}
            error={missing ? t('adminPhotoPoints.operators.required') : undefined}
            value={chosen}
            onChange={(event) => {
              setChosen(event.target.value);
              setMissing(false);
            }}
          >
            <option value="">{t('adminPhotoPoints.operators.choose')}</option>
            {others.map((operator) => (
              <option key={operator.id} value={operator.id}>
                {optionLabel(operator)}
              </option>
            ))}
          </SelectField>
          <Button busy={place.isPending && place.variables?.placed === true} onClick={assign}>
            {t('adminPhotoPoints.operators.assign')}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
