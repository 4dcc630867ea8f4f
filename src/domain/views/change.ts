/**
 * A change between two years of a dataset, or the reason there is none to show: a change across a
 * rule change (SAKIP 12/2015 → 88/2021, Ombudsman 2021 → 2022) is "not comparable", never a delta.
 */
import { comparable, ruleOf, type DatasetKind } from '../rules.ts';
import { text, type Text } from '../text.ts';

export type Change =
  | { kind: 'delta'; from: number; delta: number }
  | { kind: 'not-comparable'; from: number; reason: Text }
  | { kind: 'none' };

export function notComparableReason(kind: DatasetKind, from: number, to: number): Text {
  const a = ruleOf(kind, from)?.sumber[0]?.singkat ?? '—';
  const b = ruleOf(kind, to)?.sumber[0]?.singkat ?? '—';
  return text(`tidak dapat dibandingkan: aturan berubah (${from}: ${a}; ${to}: ${b})`, `not comparable: the rule changed (${from}: ${a}; ${to}: ${b})`);
}

/** The change of a number between the year `from` and `to`; `none` when either side is missing. */
export function changeOf(kind: DatasetKind, from: number | undefined, before: number | undefined, to: number, now: number | undefined): Change {
  if (from === undefined || before === undefined || now === undefined) return { kind: 'none' };
  if (!comparable(kind, from, to)) return { kind: 'not-comparable', from, reason: notComparableReason(kind, from, to) };
  return { kind: 'delta', from, delta: Math.round((now - before) * 100) / 100 };
}
