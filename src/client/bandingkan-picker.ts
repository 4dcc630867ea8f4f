/**
 * The compare page's instansi picker: a text input with a list of suggestions, following the ARIA
 * combobox pattern (list autocomplete, the active option named by aria-activedescendant).
 *
 * What it suggests from loads in pieces (src/domain/pick-match.ts): on first focus the search page's
 * name list (every pemda and K/L: 12 KB gzipped at national scale, against 133 KB for every
 * instansi); a pemda's OPD once the query names that pemda, one small file each, kept for the next
 * queries. A site with OPD under a few pemda only loads them all with the names.
 */
import { JENIS_LABEL } from '../domain/instansi.ts';
import { MIN_QUERY, parentsNamed, suggestions, type Pickable, type Suggestion } from '../domain/pick-match.ts';
import type { Lang } from '../domain/text.ts';
import { uiBandingkan as t } from '../i18n/ui-bandingkan.ts';
import type { PickerSources } from '../shared/bandingkan-page.ts';
import type { NameRecord, OpdName } from '../site/cari-records.ts';

export type Candidate = Pickable & Pick<NameRecord, 'kode' | 'nama' | 'jenis'>;

interface PickerOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  lang: Lang;
  sources: PickerSources;
  pick: (candidate: Candidate) => void;
  say: (message: string) => void;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The lists, fetched as the queries need them, each once. */
function candidateSource(sources: PickerSources) {
  const withOpd = new Set(sources.withOpd);
  const opdLists = new Map<string, Promise<Candidate[]>>();
  let names: Candidate[] | undefined;
  const opd: Candidate[] = [];

  const opdOf = (parent: Candidate): Promise<Candidate[]> => {
    let loading = opdLists.get(parent.kode);
    if (loading === undefined) {
      const induk = [parent.nama, ...parent.lain];
      loading = fetchJson<OpdName[]>(`${sources.opd}${encodeURIComponent(parent.kode)}.json`).then((list) => {
        const added = list.map((o): Candidate => ({ ...o, jenis: 'opd', induk }));
        opd.push(...added);
        return added;
      });
      // A list that failed is asked for again by the next query.
      loading.catch(() => opdLists.delete(parent.kode));
      opdLists.set(parent.kode, loading);
    }
    return loading;
  };

  return {
    /** The name list, and with it every OPD list where the page says to preload them. */
    async load(): Promise<void> {
      const list = (await fetchJson<NameRecord[]>(sources.names)).map(({ kode, nama, jenis, lain }): Candidate => ({ kode, nama, jenis, lain }));
      if (sources.preload) await Promise.all(list.filter((c) => withOpd.has(c.kode)).map(opdOf));
      names = list;
    },
    loaded: () => names !== undefined,
    /** Fetches the OPD lists of the pemda `query` names; true when one was new. */
    async forQuery(query: string): Promise<boolean> {
      if (names === undefined) return false;
      const wanted = parentsNamed(names.filter((c) => withOpd.has(c.kode)), query).filter((parent) => !opdLists.has(parent.kode));
      await Promise.all(wanted.map(opdOf));
      return wanted.length > 0;
    },
    /** The names and every OPD list loaded so far. */
    candidates: (): Candidate[] => [...(names ?? []), ...opd],
  };
}

export function picker({ input, list, lang, sources, pick, say }: PickerOptions): void {
  const source = candidateSource(sources);
  let loading: Promise<void> | undefined;
  let shown: Suggestion<Candidate>[] = [];
  let active = -1;
  // Only the latest query may write its suggestions: an OPD list arriving late must not overwrite a newer one's.
  let latest = 0;
  list.setAttribute('role', 'listbox');

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const option = list.children[index];
    if (option === undefined) input.removeAttribute('aria-activedescendant');
    else {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    }
  };

  const choose = (index: number) => {
    const match = shown[index];
    if (match === undefined) return;
    close();
    input.value = '';
    pick(match.candidate);
  };

  const show = (found: Suggestion<Candidate>[]) => {
    shown = found;
    list.replaceChildren(
      ...shown.map((match, i) => {
        const li = document.createElement('li');
        li.id = `compare-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const detail = document.createElement('span');
        detail.className = 'muted';
        detail.textContent = ` (${JENIS_LABEL[match.candidate.jenis][lang]}, ${match.candidate.kode}${match.via === undefined ? '' : `; ${match.via}`})`;
        li.append(match.candidate.nama, detail);
        // Keep the focus in the input while the pointer picks.
        li.addEventListener('mousedown', (event) => event.preventDefault());
        li.addEventListener('click', () => choose(i));
        return li;
      }),
    );
    const open = shown.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    setActive(-1);
  };

  /** Suggestions from what is loaded, at once; again when the OPD lists the query names have come. */
  const render = async () => {
    const run = ++latest;
    const query = input.value;
    show(suggestions(source.candidates(), query));
    if (!source.loaded()) return;
    const more = await source.forQuery(query).catch(() => false);
    if (run !== latest) return;
    if (more) show(suggestions(source.candidates(), query));
    // Where OPD load per pemda, a query that names none finds no OPD: the message says what to add.
    if (shown.length === 0 && query.trim().length >= MIN_QUERY) say((sources.preload ? t.noMatch : t.noMatchOpd)[lang]);
  };

  input.addEventListener('focus', () => {
    loading ??= source
      .load()
      .then(() => {
        if (input.value !== '') void render();
      })
      .catch((error: unknown) => {
        loading = undefined;
        say(t.loadFailed[lang]);
        console.error('Rapor: list of instansi not loaded', error);
      });
  });
  input.addEventListener('input', () => void render());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) void render();
      if (shown.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active === -1 ? (step === 1 ? 0 : shown.length - 1) : (active + step + shown.length) % shown.length);
    } else if (event.key === 'Enter') {
      if (active >= 0) {
        event.preventDefault();
        choose(active);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) close();
      else input.value = '';
    }
  });
}
