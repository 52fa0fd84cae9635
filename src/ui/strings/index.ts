/** The pane's strings by locale, and the React context that hands them to components. */
import { createContext, useContext } from 'react';
import { zhCN, type Strings } from './zh-CN';
import { enUS } from './en-US';

export type { Strings } from './zh-CN';
export type Locale = 'zh-CN' | 'en-US';

export const STRINGS: Readonly<Record<Locale, Strings>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Office display language (or a browser language) → the pane's locale: English for 'en…', else Chinese. */
export function localeFor(language: string | null | undefined): Locale {
  return language && /^en\b/i.test(language) ? 'en-US' : 'zh-CN';
}

export const StringsContext = createContext<Strings>(zhCN);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
