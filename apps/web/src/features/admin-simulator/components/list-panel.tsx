// The frame every simulator list shares: heading, what the list is, a refresh button with the time of the last
// answer, and loading, failure and empty states around the rows.

import { formatBeijing } from '@beian/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Card } from '../../../components/ui/card.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../lib/error-message.ts';

type ListPanelProps<T> = {
  /** Key prefix of the panel's words: heading, intro, loading, loadFailed, empty.title, empty.body. */
  words: 'simulator.sms' | 'simulator.bureau' | 'simulator.courier';
  query: UseQueryResult<T>;
  autoRefresh?: boolean;
  isEmpty: (data: T) => boolean;
  /** Shown under the intro whatever the list holds (e.g. a link to the page the list is about). */
  aside?: ReactNode;
  children: (data: T) => ReactNode;
};

export function ListPanel<T>({ words, query, autoRefresh = false, isEmpty, aside, children }: ListPanelProps<T>) {
  const { t } = useTranslation();
  const { data } = query;
  // The button stays enabled while fetching: disabling it would drop the keyboard focus of whoever pressed it.
  const refresh = (
    <Button variant="secondary" onClick={() => void query.refetch()}>
      {t('simulator.refresh')}
    </Button>
  );
  return (
    <Card title={t(`${words}.heading`)} actions={refresh}>
      <p className="muted">{t(`${words}.intro`)}</p>
      {aside}
      {data !== undefined ? (
        // Two spans, not one sentence: the gap between them is styling, not a space Chinese would not have.
        <p className="sim-updated">
          <span>
            {t('simulator.updatedAt', {
              time: formatBeijing(new Date(query.dataUpdatedAt), 'timeSeconds'),
            })}
          </span>
          {autoRefresh ? <span>{t('simulator.autoRefresh')}</span> : null}
        </p>
      ) : null}
      {query.isError ? (
        <Alert tone="error" title={t(`${words}.loadFailed`)}>
          {errorMessage(query.error)}
        </Alert>
      ) : null}
      {query.isPending ? <Spinner label={t(`${words}.loading`)} /> : null}
      {data === undefined ? null : isEmpty(data) ? (
        <EmptyState title={t(`${words}.empty.title`)}>
          <p>{t(`${words}.empty.body`)}</p>
        </EmptyState>
      ) : (
        children(data)
      )}
    </Card>
  );
}
