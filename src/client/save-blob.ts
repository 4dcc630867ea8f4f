/** Saves a Blob the page made (a table's CSV, a chart's PNG) under a name, through a temporary <a download>. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The object URL lives until the browser has surely started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
