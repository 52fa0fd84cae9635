import { canonicalJson, fnv1a64, methodFingerprint } from '../../../src/core/notices/fingerprint';
import { testMethod } from '../../support/notice-context';

describe('method fingerprint', () => {
  it('is FNV-1a 64-bit (published test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes UTF-8 bytes (checked against a reference over Node\'s own UTF-8 encoding)', () => {
    const reference = (text: string): string => {
      let h = 0xcbf29ce484222325n;
      for (const byte of Buffer.from(text, 'utf8')) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return h.toString(16).padStart(16, '0');
    };
    for (const text of ['中', '政协X区委员会', 'é', '𠀀', '{"a":1}']) expect(fnv1a64(text)).toBe(reference(text));
  });

  it('sorts keys at every level, so key order does not change the fingerprint', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });

  it('is stable for the same method and changes with any number', () => {
    const m = testMethod();
    expect(methodFingerprint(m)).toBe(methodFingerprint(testMethod()));
    expect(methodFingerprint({ ...m, base: 61 })).not.toBe(methodFingerprint(m));
    expect(methodFingerprint(m)).toMatch(/^[0-9a-f]{16}$/);
  });
});
