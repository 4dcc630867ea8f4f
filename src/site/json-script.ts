/**
 * A value as the text of a `<script type="application/json">` data block: with every `<` escaped, a
 * name holding `</script>` or `<!--` cannot end the element or open a comment, and JSON.parse still
 * returns the same value.
 */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
