// Keeps the interface language and the account's saved language in step. A choice made in this browser wins
// (and is saved to the account, which the API uses for e-mails and SMS); without one, the account's language is used.
import type { Account } from '@beian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../../../i18n/i18n.ts';
import { readStoredLocale } from '../../../i18n/locale-storage.ts';
import { updateLocale } from './auth-api.ts';
import { meQueryKey, setSignedInAccount, useMe } from './use-me.ts';

function useSaveAccountLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLocale,
    onSuccess: (_nothing, locale) => {
      const account = queryClient.getQueryData<Account | null>(meQueryKey);
      if (account) setSignedInAccount(queryClient, { ...account, locale });
    },
  });
}

export function useAccountLocaleSync(): void {
  const { data: account } = useMe();
  const { i18n } = useTranslation();
  const { mutate: save, isPending } = useSaveAccountLocale();
  const language = i18n.language;
  useEffect(() => {
    if (!account) return;
    const chosen = readStoredLocale();
    if (chosen) {
      // A failed save leaves both sides as they were, so this does not loop; the next switch tries again.
      if (chosen !== account.locale && !isPending) save(chosen);
      return;
    }
    if (account.locale !== language) void switchLanguage(account.locale);
  }, [account, language, save, isPending]);
}
