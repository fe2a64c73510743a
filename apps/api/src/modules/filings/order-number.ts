// Order numbers: BA, the Shanghai calendar day, and the day's sequence (BA2026112900001), allocated atomically.
import { shanghaiDay } from '@beian/domain';
import type { Tx } from '../../infra/db.ts';
import type { FilingsRepository } from './filings.repository.ts';

/** `day` is yyyymmdd; past 99,999 orders in a day the sequence simply grows a digit. */
export const formatOrderNo = (day: string, sequence: number) => `BA${day}${String(sequence).padStart(5, '0')}`;

/** Call inside the transaction that creates the filing, so a rolled-back creation gives its number back. */
export async function allocateOrderNo(repo: FilingsRepository, now: Date, tx: Tx): Promise<string> {
  const day = shanghaiDay(now).replaceAll('-', '');
  return formatOrderNo(day, await repo.nextOrderSequence(day, tx));
}
