/**
 * A step's work, its output printed: on failure its message alone, since known failures (no
 * Chromium, no site, Pagefind refusing) carry a message meant for editors that a stack trace would bury.
 */
export async function reported(work: () => Promise<string>, failed: (message: string) => string = (message) => message): Promise<boolean> {
  try {
    console.log(await work());
    return true;
  } catch (error) {
    console.error(failed(error instanceof Error ? error.message : String(error)));
    return false;
  }
}
