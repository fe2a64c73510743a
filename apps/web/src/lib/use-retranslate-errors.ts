// Re-words a form's validation messages when the language changes: they are worded when validation runs.
import { useEffect } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

export function useRetranslateErrors<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    const revalidate = () => {
      const names = Object.keys(form.formState.errors) as Path<T>[];
      // Messages from the server cannot be re-worded here; revalidating would wrongly clear them.
      const own = names.filter((name) => form.getFieldState(name).error?.type !== 'server');
      if (own.length > 0) void form.trigger(own);
    };
    i18n.on('languageChanged', revalidate);
    return () => i18n.off('languageChanged', revalidate);
  }, [form, i18n]);
}
