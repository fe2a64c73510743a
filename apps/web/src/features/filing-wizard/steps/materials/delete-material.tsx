// "删除" on an uploaded file: asks first (the file must be uploaded again before submitting), then refetches the list.
import type { Material } from '@beian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/ui/alert.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog.tsx';
import { errorMessage } from '../../../../lib/error-message.ts';
import { deleteMaterial } from '../../api/materials-api.ts';
import { materialKeys } from '../../api/materials-queries.ts';

type Props = { filingId: string; material: Material; name: string; disabled?: boolean; onDeleted: () => void };

export function DeleteMaterial({ filingId, material, name, disabled, onDeleted }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteMaterial(filingId, material.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: materialKeys.list(filingId) });
      setAsking(false);
      onDeleted();
    },
  });
  return (
    <>
      <Button
        variant="ghost"
        disabled={disabled}
        aria-label={t('materials.slot.deleteFor', { name })}
        onClick={() => setAsking(true)}
      >
        {t('materials.slot.delete')}
      </Button>
      {asking ? (
        <ConfirmDialog
          title={t('materials.remove.title', { name })}
          confirmLabel={t('materials.remove.confirm')}
          cancelLabel={t('materials.remove.cancel')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={() => {
            remove.reset();
            setAsking(false);
          }}
        >
          <p>{t('materials.remove.body')}</p>
          {remove.isError ? (
            <Alert tone="error">{t('materials.remove.failed', { message: errorMessage(remove.error) })}</Alert>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
