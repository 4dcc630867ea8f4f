/**
 * A unified diff of two texts, line by line, as `diff -u` and git print it, so that an editor sees
 * exactly what a rewrite changes before anything is written.
 */

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Beyond this many cells the comparison table would be too large: the changed middle is shown whole. */
const MAX_TABLE = 4_000_000;

const splitLines = (text: string): string[] => {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
};

/** The edit script between two line lists: common prefix and suffix, a longest common subsequence between. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const same = (lines: readonly string[]): Op[] => lines.map((line) => ({ kind: ' ', line }));
  return [...same(a.slice(0, start)), ...middle(midA, midB), ...same(a.slice(endA))];
}

function middle(a: readonly string[], b: readonly string[]): Op[] {
  if ((a.length + 1) * (b.length + 1) > MAX_TABLE) {
    return [...a.map((line): Op => ({ kind: '-', line })), ...b.map((line): Op => ({ kind: '+', line }))];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i++]! });
      j++;
      // Removals before additions, as diff -u prints a replaced line.
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ kind: '-', line: a[i++]! });
    else ops.push({ kind: '+', line: b[j++]! });
  }
  return ops;
}

/** The unified diff of `before` and `after` (empty when their lines are equal), with `context` lines around each change. */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string[] {
  const ops = editScript(splitLines(before), splitLines(after));
  const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
  if (changed.length === 0) return [];
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let h = 0;
  while (h < changed.length) {
    // A hunk runs from the first change to the last change that lies within 2 × context of the previous one.
    let last = h;
    while (last + 1 < changed.length && changed[last + 1]! - changed[last]! <= 2 * context) last++;
    const from = Math.max(0, changed[h]! - context);
    const to = Math.min(ops.length, changed[last]! + context + 1);
    const lineOf = (kind: '-' | '+') => ops.slice(0, from).filter((op) => op.kind !== (kind === '-' ? '+' : '-')).length;
    const hunk = ops.slice(from, to);
    const countOld = hunk.filter((op) => op.kind !== '+').length;
    const countNew = hunk.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${lineOf('-') + (countOld > 0 ? 1 : 0)},${countOld} +${lineOf('+') + (countNew > 0 ? 1 : 0)},${countNew} @@`);
    out.push(...hunk.map((op) => `${op.kind}${op.line}`));
    h = last + 1;
  }
  return out;
}
