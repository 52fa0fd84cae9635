import { zhCN, type Catalogue, type MessageKey } from './zh-CN';

/** Fills {placeholders}; a placeholder without a parameter is a programmer error and throws. */
export function formatTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([^{}]+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message parameter {${name}} missing for: ${template}`);
    return String(value);
  });
}

export function message(key: MessageKey, params: Readonly<Record<string, string | number>>, catalogue: Catalogue = zhCN): string {
  return formatTemplate(catalogue[key], params);
}
