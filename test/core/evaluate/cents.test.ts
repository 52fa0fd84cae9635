import { clampCents, divideRounded, fromCents, toCents } from '../../../src/core/evaluate/cents';

describe('cents', () => {
  it('converts two-decimal numbers exactly, both signs', () => {
    expect([toCents(86.5), toCents(0.1), toCents(2.55), toCents(-2.55), toCents(1.15), toCents(-0.07)]).toEqual([8650, 10, 255, -255, 115, -7]);
    expect([fromCents(8650), fromCents(-30), fromCents(7)]).toEqual([86.5, -0.3, 0.07]);
    expect(Object.is(fromCents(-0), 0)).toBe(true);
  });

  it('clamps to bounds in method units', () => {
    expect(clampCents(3500, null, 25)).toBe(2500);
    expect(clampCents(-5000, -30, null)).toBe(-3000);
    expect(clampCents(70, 0.5, 0.7)).toBe(70);
  });

  it('divides rounding half away from zero', () => {
    expect(divideRounded(16001, 2)).toBe(8001); // 80.005 → 80.01
    expect(divideRounded(24005, 3)).toBe(8002); // 80.01666… → 80.02
    expect(divideRounded(24004, 3)).toBe(8001); // 80.01333… → 80.01
    expect(divideRounded(-3, 2)).toBe(-2); // −0.015 → −0.02
  });
});
