/**
 * A tagged PDF names the structure elements that table cells point at (`/ID (node00000641)`,
 * `/Headers [(node00000641) …]`) after Chromium's DOM node ids: a process-wide counter, so the same
 * page printed after another one, or with a chart drawn a moment later, gets other numbers. We
 * renumber them 1, 2, 3… in their original order, which keeps the ID name tree sorted and, at
 * Chromium's fixed width of eight digits, every byte offset in place.
 */
const NODE_ID = /\(node(\d{8})\)/g;

export function renumberNodeIds(pdf: Uint8Array): Buffer {
  // latin1 maps every byte to one character and back.
  const text = Buffer.from(pdf).toString('latin1');
  const ids = [...new Set(Array.from(text.matchAll(NODE_ID), (match) => match[1]!))].sort();
  const renumbered = new Map(ids.map((id, index) => [id, String(index + 1).padStart(8, '0')]));
  return Buffer.from(text.replace(NODE_ID, (_, id: string) => `(node${renumbered.get(id)})`), 'latin1');
}
