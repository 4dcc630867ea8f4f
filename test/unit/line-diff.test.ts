import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/domain/line-diff.ts';

const numbered = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);

describe('unifiedDiff', () => {
  it('is empty for equal lines, whatever their endings', () => {
    expect(unifiedDiff('a.csv', 'x\r\ny\r\n', 'x\ny\n')).toEqual([]);
  });

  it('prints one hunk per change with three lines of context, as diff -u does', () => {
    const before = numbered(12);
    const after = [...before];
    after[1] = 'LINE 2';
    after.splice(10, 1);
    expect(unifiedDiff('x.csv', `${before.join('\n')}\n`, `${after.join('\n')}\n`)).toEqual([
      '--- a/x.csv',
      '+++ b/x.csv',
      '@@ -1,5 +1,5 @@',
      ' line 1',
      '-line 2',
      '+LINE 2',
      ' line 3',
      ' line 4',
      ' line 5',
      '@@ -8,5 +8,4 @@',
      ' line 8',
      ' line 9',
      ' line 10',
      '-line 11',
      ' line 12',
    ]);
  });

  it('joins changes closer than twice the context into one hunk', () => {
    const before = numbered(8);
    const after = before.map((line, i) => (i === 1 || i === 6 ? line.toUpperCase() : line));
    const diff = unifiedDiff('x.csv', before.join('\n'), after.join('\n'));
    expect(diff.filter((line) => line.startsWith('@@'))).toEqual(['@@ -1,8 +1,8 @@']);
  });
});
