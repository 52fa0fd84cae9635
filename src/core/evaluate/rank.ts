/** Competition ranking (CONTRACT.md section 3.8): higher score first, ties share a rank (1, 2, 2, 4). */

/** Ranks the non-null scores (in cents) of `scores`; null stays unranked. O(n log n). */
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  const order: number[] = [];
  scores.forEach((s, i) => {
    if (s !== null) order.push(i);
  });
  order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const ranks: (number | null)[] = scores.map(() => null);
  let rank = 0;
  order.forEach((index, pos) => {
    if (pos === 0 || scores[order[pos - 1]] !== scores[index]) rank = pos + 1;
    ranks[index] = rank;
  });
  return ranks;
}
