// Housekeeping deletes in bounded batches, so one scheduled run never holds a long lock or scans
// without limit: `deleteBatch(limit)` deletes at most `limit` rows and says how many it did.

export async function deleteInBatches(
  deleteBatch: (limit: number) => Promise<number>,
  options: { batchSize: number; maxBatches: number },
): Promise<number> {
  let total = 0;
  for (let i = 0; i < options.maxBatches; i++) {
    const deleted = await deleteBatch(options.batchSize);
    total += deleted;
    if (deleted < options.batchSize) break;
  }
  return total;
}
