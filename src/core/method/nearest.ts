/**
 * The nearest known name to a mistyped one, for 「是否为 …？」 in method errors: the optimal
 * string alignment distance (Levenshtein plus swapping two neighbours, so `whne` is one step
 * from `when`), within about a third of the name's length.
 */

/** Edits (insert, delete, replace, swap two neighbours) turning `a` into `b`, counted in characters. */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[s.length][t.length];
}

/**
 * The candidate nearest to `name` (compared in `form`), or null when none is within
 * max(1, ⌈length / 3⌉) edits (0 when they differ only in `form`, e.g. in case). Ties go to the earlier candidate.
 */
export function nearestName(name: string, candidates: readonly string[], form: (s: string) => string = (s) => s): string | null {
  const target = form(name);
  const room = Math.max(1, Math.ceil(Array.from(target).length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const f = form(c);
    // A cheap bound first: the lengths alone differ by more than the room.
    if (Math.abs(Array.from(f).length - Array.from(target).length) > room) continue;
    if (c === name) continue;
    const distance = editDistance(target, f);
    if (distance <= room && distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}
