import { describe, expect, it } from 'vitest';
import { deleteInBatches } from './delete-in-batches.ts';

/** A backlog of `rows` rows that each call deletes up to `limit` of, noting the limits it was given. */
function backlog(rows: number) {
  let left = rows;
  const limits: number[] = [];
  const deleteBatch = async (limit: number) => {
    limits.push(limit);
    const deleted = Math.min(left, limit);
    left -= deleted;
    return deleted;
  };
  return { deleteBatch, limits, left: () => left };
}

describe('deleteInBatches', () => {
  it.each([
    [12, 5, [5, 5, 5]],
    [10, 5, [5, 5, 5]],
    [3, 5, [5]],
    [0, 5, [5]],
  ])('deletes a backlog of %i in batches of %i until one comes back short', async (rows, size, limits) => {
    const b = backlog(rows);
    expect(await deleteInBatches(b.deleteBatch, size)).toBe(rows);
    expect(b.limits).toEqual(limits);
    expect(b.left()).toBe(0);
  });

  it('stops at the first failure, with what earlier batches deleted gone for good', async () => {
    const b = backlog(12);
    let calls = 0;
    const failing = (limit: number) =>
      ++calls === 2 ? Promise.reject(new Error('lock timeout')) : b.deleteBatch(limit);
    await expect(deleteInBatches(failing, 5)).rejects.toThrow('lock timeout');
    expect(b.left()).toBe(7);
  });
});
