/** Text from data made safe inside XML: markup characters escaped, characters XML 1.0 forbids replaced. */

/** Control characters, lone surrogates and U+FFFE/U+FFFF: not allowed in XML 1.0 even as references. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Safe both as element text and as an attribute value in either kind of quotes. */
export function escapeXml(value: string): string {
  return value.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITY[c]!);
}
