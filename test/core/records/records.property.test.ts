/** Properties of the parts of issue 12 that read user input or sum shares: co-signer name lists, exact proposal shares. */
import fc from 'fast-check';
import { splitNameList } from '../../../src/core/records/name-list';
import { proposalShares, type ProposalEntry } from '../../../src/core/records/proposal-credit';
import { ONE, ZERO, add, compare, fromDecimal, rational, roundedHundredths, type Rational } from '../../../src/core/records/rational';
import { memberRecord } from '../../support/builders';

const SEPARATORS = ['、', '，', ',', ';', '；'];
const SPACES = ['', ' ', '\u3000', '\t'];
/** Names of one to four CJK characters (no separator, no white space). */
const nameArb = fc.array(fc.constantFrom(...'张王李赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施'), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));

describe('splitNameList', () => {
  it('gives back the listed names, in order, without repeats, whatever the separators and spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(nameArb, fc.constantFrom(...SEPARATORS), fc.constantFrom(...SPACES), fc.constantFrom(...SPACES)), { maxLength: 12 }), (parts) => {
        const text = parts.map(([n, sep, before, after], i) => `${before}${n}${after}${i < parts.length - 1 ? sep : ''}`).join('');
        const expected = [...new Set(parts.map(([n]) => n))];
        expect(splitNameList(text)).toEqual(expected);
      }),
    );
  });

  it('never gives an empty name, a name with a separator or white space, or a repeat, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const names = splitNameList(text);
        expect(new Set(names).size).toBe(names.length);
        for (const n of names) {
          expect(n).not.toBe('');
          expect(n).not.toMatch(/[、，,;；\s]/);
        }
      }),
    );
  });

  it('finds a spaced name 「张　三」 as 张三', () => {
    expect(splitNameList('张　三、 李四 ;;王五，')).toEqual(['张三', '李四', '王五']);
  });
});

describe('proposal shares with split', () => {
  const member = (i: number): ReturnType<typeof memberRecord> => memberRecord({ row: i + 2, name: `委员${i}` });
  /** Leads with at most four decimals, as the method accepts them. */
  const leadArb = fc.integer({ min: 0, max: 10000 }).map((n) => n / 10000);

  it('sum to exactly 1 for any lead and any number of co-signers (members or not)', () => {
    fc.assert(
      fc.property(leadArb, fc.array(fc.boolean(), { maxLength: 40 }), (lead, known) => {
        const entry: ProposalEntry = { lead: member(0), joint: known.map((k, i) => (k ? member(i + 1) : null)), collective: false, accepted: false, leadIsMember: true };
        const sum = proposalShares(entry, { lead, joint: 'split' }).reduce((a: Rational, s) => add(a, s.share), ZERO);
        expect(sum).toEqual(ONE);
      }),
    );
  });

  it('sum to exactly 1 over the member authors of a collective proposal', () => {
    fc.assert(
      fc.property(leadArb, fc.array(fc.boolean(), { maxLength: 20 }), (lead, known) => {
        const entry: ProposalEntry = { lead: member(0), joint: known.map((k, i) => (k ? member(i + 1) : null)), collective: true, accepted: true, leadIsMember: true };
        const shares = proposalShares(entry, { lead, joint: 'split' });
        expect(shares.every((s) => s.member !== null)).toBe(true);
        expect(shares.reduce((a: Rational, s) => add(a, s.share), ZERO)).toEqual(ONE);
      }),
    );
  });

  it('keep thirds and sixths exact where hundredths would drift (many proposals summed)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 60 }), (cosigners) => {
        // One member co-signs every proposal, each with k co-signers at lead 0.5: his share is Σ 1/(2k).
        let exact = ZERO;
        let expectedNum = 0n;
        const den = 55440n; // lcm(2·1 … 2·12) = 2 × lcm(1 … 12) = 2 × 27720
        for (const k of cosigners) {
          const shares = proposalShares({ lead: member(0), joint: Array.from({ length: k }, (_, i) => member(i + 1)), collective: false, accepted: false, leadIsMember: true }, { lead: 0.5, joint: 'split' });
          exact = add(exact, shares[1].share);
          expectedNum += den / BigInt(2 * k);
        }
        expect(compare(exact, rational(expectedNum, den))).toBe(0);
        expect(roundedHundredths(exact)).toBe(Number((expectedNum * 100n * 2n + den) / (2n * den)));
      }),
    );
  });

  it('read decimals exactly: 0.1 is 1/10, never the nearest double', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (n) => {
        expect(fromDecimal(n / 10000)).toEqual(rational(BigInt(n), 10000n));
      }),
    );
  });
});
