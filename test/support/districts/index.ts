/** Real districts' methods (our own wording of published rules) with tables in their real layouts, scored by hand. */
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { GUANGSHUI_EXPECTED, GUANGSHUI_METHOD, guangshuiSheet } from './guangshui';
import { HEFEI_EXPECTED, HEFEI_METHOD, hefeiSheet } from './hefei';
import { JINAN_EXPECTED, JINAN_METHOD, jinanSheet } from './jinan';
import { MINHANG_EXPECTED, MINHANG_METHOD, minhangSheet } from './minhang';
import { TONGCHENG_EXPECTED, TONGCHENG_METHOD, tongchengSheet } from './tongcheng';

export interface District {
  readonly name: string;
  readonly method: Readonly<Record<string, unknown>>;
  readonly sheet: () => SheetSnapshot;
  /** [name as normalised, score, grade], in table order. */
  readonly expected: readonly (readonly [string, number, string])[];
}

export const DISTRICTS: readonly District[] = [
  { name: '济南', method: JINAN_METHOD, sheet: jinanSheet, expected: JINAN_EXPECTED },
  { name: '桐城', method: TONGCHENG_METHOD, sheet: tongchengSheet, expected: TONGCHENG_EXPECTED },
  { name: '合肥', method: HEFEI_METHOD, sheet: hefeiSheet, expected: HEFEI_EXPECTED },
  { name: '闵行', method: MINHANG_METHOD, sheet: minhangSheet, expected: MINHANG_EXPECTED },
  { name: '广水', method: GUANGSHUI_METHOD, sheet: guangshuiSheet, expected: GUANGSHUI_EXPECTED },
];
