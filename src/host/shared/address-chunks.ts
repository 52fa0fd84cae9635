/** Multi-area range addresses ("A1:B2,D4") split into pieces a host's Range call accepts. */

/** Comma-separated addresses in pieces of at most `limit` characters (a longer single address stands alone). */
export function addressChunks(addresses: readonly string[], limit: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current !== '' && current.length + 1 + a.length > limit) {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? a : `${current},${a}`;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}
