/** The JSON form of a method (CONTRACT.md section 3), defaults left out; parseMethodObject gives the method back. */
import { builtinLabel } from '../columns';
import type { Method, MethodItem, NoticeSettings } from '../types';
import { NOTICE_TEXT_FIELDS } from './method-fields';

type Json = Record<string, unknown>;

/** Copies the entries whose value is not null. */
function given(entries: Readonly<Record<string, unknown>>): Json {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== null));
}

function itemJson(item: MethodItem): Json {
  const label = builtinLabel(item.key) === item.label ? null : item.label;
  return given({
    key: item.key,
    label,
    headers: item.headers.length > 0 ? [...item.headers] : null,
    points: item.tiers === null ? item.points : null,
    from: item.from === 1 || item.tiers !== null ? null : item.from,
    tiers: item.tiers === null ? null : item.tiers.map((t) => given({ upTo: t.upTo, points: t.points })),
    count: item.count,
    when: item.when?.source ?? null,
    max: item.max,
    min: item.min,
    category: item.category,
  });
}

function noticeJson(notice: NoticeSettings): Json {
  const out: Json = {};
  for (const k of NOTICE_TEXT_FIELDS) if (notice[k] !== null) out[k] = notice[k];
  if (notice.circularGroupBy !== 'grade') out.circularGroupBy = notice.circularGroupBy;
  if (notice.pending !== 'list') out.pending = notice.pending;
  return out;
}

/** The JSON form of a method (parseMethodObject(methodToJson(m)) gives m back). */
export function methodToJson(method: Method): Record<string, unknown> {
  const held = given({ plenary: method.held.plenary, standing: method.held.standing });
  const total = given({ min: method.total.min, max: method.total.max });
  const s = method.shortlist;
  return given({
    title: method.title,
    year: method.year,
    held: Object.keys(held).length > 0 ? held : null,
    base: method.base,
    total: Object.keys(total).length > 0 ? total : null,
    categories:
      method.categories.length > 0 ? method.categories.map((c) => given({ key: c.key, label: c.label, max: c.max, min: c.min })) : null,
    items: method.items.map(itemJson),
    requirements:
      method.requirements.length > 0 ? method.requirements.map((r) => ({ label: r.label, when: r.when.source, ceiling: r.ceiling })) : null,
    vetoes: method.vetoes.length > 0 ? method.vetoes.map((v) => ({ label: v.label, when: v.when.source, grade: v.grade })) : null,
    grades: method.grades.map((g) => given({ name: g.name, min: g.min, color: g.color })),
    shortlist:
      s === null
        ? null
        : given({
            label: s.label,
            minGrade: s.minGrade,
            quota: s.quota,
            rounding: s.rounding,
            scope: s.scope,
            excludeRoles: [...s.excludeRoles],
            when: s.when?.source ?? null,
          }),
    notice: method.notice === null ? null : noticeJson(method.notice),
    countsFrom: method.countsFrom === undefined || method.countsFrom === 'table' ? null : method.countsFrom,
    proposalCredit: method.proposalCredit === undefined ? null : { lead: method.proposalCredit.lead, joint: method.proposalCredit.joint },
    term:
      method.term === undefined || method.term === null
        ? null
        : given({
            since: method.term.since,
            order: method.term.order === 'average' ? null : method.term.order,
            flags: method.term.flags.length > 0 ? method.term.flags.map((f) => ({ label: f.label, when: f.when.source })) : null,
          }),
  });
}
