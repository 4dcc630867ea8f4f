/**
 * The compare page's script. The choice lives in the address (`?k=<kode>&k=<kode>`, in order):
 * duplicates, unknown kode and any beyond the fourth are dropped with a message, and the address is
 * rewritten to what is shown, so that it can be shared. Each instansi's rows come from its download
 * file, `/unduh/instansi/<kode>.json`; the names to pick from, from the lists bandingkan-picker.ts loads.
 */
import { isKode, type Kode } from '../domain/kode.ts';
import type { Lang } from '../domain/text.ts';
import { paths, unduhPath } from '../i18n/paths.ts';
import { MAX_BANDINGKAN, uiBandingkan as t } from '../i18n/ui-bandingkan.ts';
import type { BandingkanEdition, PickerSources } from '../shared/bandingkan-page.ts';
import type { InstansiFile } from './bandingkan-riwayat.ts';
import { picker, type Candidate } from './bandingkan-picker.ts';

const PARAM = 'k';

const root = document.querySelector<HTMLElement>('[data-compare]')!;
const lang = document.documentElement.lang as Lang;
const editions = JSON.parse(root.querySelector('[data-compare-editions]')!.textContent!) as BandingkanEdition[];
const sources = JSON.parse(root.querySelector('[data-compare-sources]')!.textContent!) as PickerSources;
const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
const chosenList = root.querySelector<HTMLUListElement>('[data-compare-chosen]')!;
const empty = root.querySelector<HTMLElement>('[data-compare-empty]')!;
const results = root.querySelector<HTMLElement>('[data-compare-results]')!;
const input = root.querySelector<HTMLInputElement>('#compare-input')!;

let chosen: InstansiFile[] = [];

const say = (...messages: string[]) => {
  status.textContent = messages.join(' ');
};

async function fetchJson<T>(path: string): Promise<T | undefined> {
  const response = await fetch(path);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const instansiFile = (kode: string) => fetchJson<InstansiFile>(unduhPath('instansi', `${kode}.json`));

/** The address for the current choice, in its order. */
function writeAddress(): void {
  const url = new URL(location.href);
  url.searchParams.delete(PARAM);
  for (const file of chosen) url.searchParams.append(PARAM, file.instansi.kode);
  history.replaceState(null, '', url);
}

function render(): void {
  chosenList.replaceChildren(
    ...chosen.map((file) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = paths.instansi(file.instansi.kode as Kode, lang);
      link.textContent = file.instansi.nama;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = t.removeButton[lang];
      remove.setAttribute('aria-label', t.remove(file.instansi.nama)[lang]);
      remove.addEventListener('click', () => {
        chosen = chosen.filter((f) => f !== file);
        writeAddress();
        render();
        say(t.removed(file.instansi.nama)[lang]);
        input.focus();
      });
      li.append(link, ` (${file.instansi.kode})`, remove);
      return li;
    }),
  );
  empty.hidden = chosen.length > 0;
  // The tables and charts' code loads with the first choice: the picker's suggestions do not wait for it.
  if (chosen.length === 0) results.replaceChildren();
  else {
    const shownNow = chosen;
    void import('./bandingkan-view.ts').then(({ renderResults }) => {
      // A later choice may have been made meanwhile: only the latest is drawn.
      if (chosen === shownNow) renderResults(results, chosen, editions, lang);
    });
  }
}

async function add(candidate: Candidate): Promise<void> {
  if (chosen.some((f) => f.instansi.kode === candidate.kode)) return say(t.already(candidate.nama)[lang]);
  if (chosen.length >= MAX_BANDINGKAN) return say(t.full[lang]);
  const file = await instansiFile(candidate.kode);
  if (file === undefined) return say(t.unknown(candidate.kode)[lang]);
  // Another pick may have filled the choice while this file loaded.
  if (chosen.length >= MAX_BANDINGKAN) return say(t.full[lang]);
  chosen = [...chosen, file];
  writeAddress();
  render();
  say(t.added(file.instansi.nama)[lang]);
}

/** The choice the address names: in order, each kode once, known ones only, at most four. */
async function fromAddress(): Promise<void> {
  const messages: string[] = [];
  const seen = new Set<string>();
  const files: InstansiFile[] = [];
  for (const kode of new URL(location.href).searchParams.getAll(PARAM)) {
    if (seen.has(kode)) messages.push(t.duplicate(kode)[lang]);
    else if (files.length >= MAX_BANDINGKAN) messages.push(t.refused(kode)[lang]);
    else {
      // One at a time: an unknown kode must not take the place of a known one after it.
      const file = isKode(kode) ? await instansiFile(kode) : undefined;
      if (file === undefined) messages.push(t.unknown(kode)[lang]);
      else files.push(file);
    }
    seen.add(kode);
  }
  chosen = files;
  writeAddress();
  render();
  say(...messages);
}

picker({
  input,
  list: root.querySelector<HTMLUListElement>('#compare-options')!,
  lang,
  say,
  sources,
  pick: (candidate) => void add(candidate),
});

// CSS hides it where scripting is on (bandingkan.astro); this is for a browser that cannot tell.
document.querySelector<HTMLElement>('[data-compare-nojs]')!.hidden = true;
void fromAddress().catch((error: unknown) => console.error('Rapor: the chosen instansi could not be loaded', error));
