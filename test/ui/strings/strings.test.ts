import { localeFor, STRINGS } from '../../../src/ui/strings/index';
import { zhCN } from '../../../src/ui/strings/zh-CN';
import { enUS } from '../../../src/ui/strings/en-US';

describe('pane strings', () => {
  it('en-US has every zh-CN key with the same kind of value and the same parameters', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      const zh = zhCN[key];
      const en = enUS[key];
      expect([key, typeof en]).toEqual([key, typeof zh]);
      if (typeof zh === 'function' && typeof en === 'function') expect([key, en.length]).toEqual([key, zh.length]);
    }
  });

  it('no en-US string is empty', () => {
    for (const [key, value] of Object.entries(enUS)) {
      if (typeof value === 'string') expect([key, value.trim().length > 0]).toEqual([key, true]);
    }
    expect(enUS.validate).toBe('Validate data');
    expect(zhCN.validate).toBe('校验数据');
  });

  it('picks English only for an English display language', () => {
    expect(localeFor('en-US')).toBe('en-US');
    expect(localeFor('en-GB')).toBe('en-US');
    expect(localeFor('EN')).toBe('en-US');
    expect(localeFor('zh-CN')).toBe('zh-CN');
    expect(localeFor('zh-TW')).toBe('zh-CN');
    expect(localeFor('fr-FR')).toBe('zh-CN');
    expect(localeFor('')).toBe('zh-CN');
    expect(localeFor(undefined)).toBe('zh-CN');
    expect(STRINGS['en-US']).toBe(enUS);
  });
});
