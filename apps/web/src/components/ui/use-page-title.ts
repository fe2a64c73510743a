// Keeps the browser tab title in step with the page, so tabs and history entries can be told apart.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('common.pageTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
