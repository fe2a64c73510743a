// The two reviewer queues share one page: the stage picks the API's queue, the address and the words that name the
// review (初审 / 复审). The stage reaches the page's parts through a context, so the table and counts need no prop.
import type { ReviewStage } from '@beian/contracts';
import { createContext, useContext } from 'react';

export const QUEUE_ADDRESSES = { INITIAL: '/review/initial', SECOND: '/review/second' } as const satisfies Record<
  ReviewStage,
  string
>;

/** Where the stage's words live: the initial queue's under reviewQueue, the second's overriding them. */
export const queueWords = (stage: ReviewStage) =>
  (stage === 'SECOND' ? 'reviewQueue.second' : 'reviewQueue') as 'reviewQueue' | 'reviewQueue.second';

export const QueueStageContext = createContext<ReviewStage>('INITIAL');
export const useQueueStage = () => useContext(QueueStageContext);
