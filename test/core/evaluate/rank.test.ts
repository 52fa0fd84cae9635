import { competitionRanks } from '../../../src/core/evaluate/rank';

describe('competitionRanks', () => {
  it('ties share a rank and the next rank skips (1, 2, 2, 4)', () => {
    expect(competitionRanks([9000, 8500, 8500, 8000])).toEqual([1, 2, 2, 4]);
  });

  it('keeps input order and leaves nulls unranked', () => {
    expect(competitionRanks([8000, null, 9000, 8500, null, 8500, 9000])).toEqual([5, null, 1, 3, null, 3, 1]); // 9000 ×2 → 1, 1; 8500 ×2 → 3, 3; 8000 → 5
  });

  it('handles negative scores and empty input', () => {
    expect(competitionRanks([-50, 0, -50])).toEqual([2, 1, 2]);
    expect(competitionRanks([])).toEqual([]);
  });
});
