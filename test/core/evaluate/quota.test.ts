import { quotaCount } from '../../../src/core/evaluate/quota';

describe('quotaCount', () => {
  it.each([
    // quota, members, floor, round, ceil
    [0.1, 30, 3, 3, 3], // 0.1 × 30 is 3.0000000000000004 in floats: ceil must still be 3
    [0.1, 25, 2, 3, 3], // 2.5: round half up
    [0.1, 24, 2, 2, 3], // 2.4
    [0.1, 26, 2, 3, 3], // 2.6
    [0.07, 100, 7, 7, 7], // 0.07 × 100 = 7.000000000000001 in floats
    [0.05, 9, 0, 0, 1], // 0.45
    [0.15, 10, 1, 2, 2], // 1.5
    [0.1, 0, 0, 0, 0],
    [1, 7, 7, 7, 7],
  ])('%d × %i → floor %i, round %i, ceil %i', (quota, members, floor, round, ceil) => {
    expect(quotaCount(quota, members, 'floor')).toBe(floor);
    expect(quotaCount(quota, members, 'round')).toBe(round);
    expect(quotaCount(quota, members, 'ceil')).toBe(ceil);
  });
});
