// The order-number search box; a well-formed number is put in the address so a reload repeats the search.
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Button } from '../../components/ui/button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useRetranslateErrors } from '../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../lib/zod-form-resolver.ts';
import { OrderSearchSchema, orderSearchMessages } from './order-lookup.ts';

type SearchInput = z.input<typeof OrderSearchSchema>;
type SearchOutput = z.output<typeof OrderSearchSchema>;

export function OrderSearchForm({
  initial,
  busy,
  onSearch,
}: {
  initial: string;
  busy: boolean;
  onSearch: (orderNo: string) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<SearchInput, unknown, SearchOutput>({
    resolver: zodFormResolver(OrderSearchSchema, orderSearchMessages),
    mode: 'onTouched',
    defaultValues: { orderNo: initial },
  });
  useRetranslateErrors(form);

  return (
    <form
      className="form form--narrow"
      aria-label={t('photoPoint.searchHeading')}
      noValidate
      onSubmit={(event) => void form.handleSubmit((values) => onSearch(values.orderNo))(event)}
    >
      <TextField
        label={t('photoPoint.orderNo')}
        hint={t('photoPoint.orderNoHint')}
        autoComplete="off"
        spellCheck={false}
        required
        error={form.formState.errors.orderNo?.message}
        trailing={
          <Button type="submit" busy={busy}>
            {busy ? t('photoPoint.searching') : t('photoPoint.search')}
          </Button>
        }
        {...form.register('orderNo')}
      />
    </form>
  );
}
