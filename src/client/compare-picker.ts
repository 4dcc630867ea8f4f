/**
 * The compare page's instansi picker: a text input with a list of suggestions, following the ARIA
 * combobox pattern (list autocomplete, the active option named by aria-activedescendant). The list
 * of instansi is fetched on first focus; a name, a former name or a kode matches.
 */
import { JENIS_LABEL, type Jenis } from '../domain/instansi.ts';
import type { Lang } from '../domain/text.ts';
import { uiBandingkan as t } from '../i18n/ui-bandingkan.ts';

export interface Candidate {
  kode: string;
  nama: string;
  jenis: Jenis;
  nama_lain: string[];
}

interface PickerOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  lang: Lang;
  load: () => Promise<Candidate[]>;
  pick: (candidate: Candidate) => void;
  say: (message: string) => void;
}

const MAX_SUGGESTIONS = 10;
const MIN_QUERY = 2;

/** Lower case without diacritics, so that "perumahan" finds "Perumahan" and "Pérumahan". */
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

interface Match {
  candidate: Candidate;
  /** A former name that matched where the current name did not: shown so the reader sees why. */
  via?: string;
  rank: number;
}

/** Candidates whose kode, name or a former name holds every word of the query; exact kode first, then names that start with it. */
export function suggestions(candidates: readonly Candidate[], query: string): Match[] {
  const q = fold(query.trim());
  if (q.length < MIN_QUERY) return [];
  const words = q.split(/\s+/);
  const holds = (s: string) => words.every((w) => fold(s).includes(w));
  const matches: Match[] = [];
  for (const candidate of candidates) {
    const kode = fold(candidate.kode);
    if (kode === q) matches.push({ candidate, rank: 0 });
    else if (holds(candidate.nama)) matches.push({ candidate, rank: fold(candidate.nama).startsWith(q) ? 1 : 2 });
    else if (kode.startsWith(q)) matches.push({ candidate, rank: 3 });
    else {
      const via = candidate.nama_lain.find(holds);
      if (via !== undefined) matches.push({ candidate, via, rank: 4 });
    }
  }
  return matches.sort((a, b) => a.rank - b.rank).slice(0, MAX_SUGGESTIONS);
}

export function picker({ input, list, lang, load, pick, say }: PickerOptions): void {
  let candidates: Candidate[] | undefined;
  let loading: Promise<void> | undefined;
  let shown: Match[] = [];
  let active = -1;
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

  const render = () => {
    shown = candidates === undefined ? [] : suggestions(candidates, input.value);
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
    if (candidates !== undefined && !open && fold(input.value.trim()).length >= MIN_QUERY) say(t.noMatch[lang]);
  };

  input.addEventListener('focus', () => {
    loading ??= load()
      .then((list) => {
        candidates = list;
        if (input.value !== '') render();
      })
      .catch((error: unknown) => {
        loading = undefined;
        say(t.loadFailed[lang]);
        console.error('Rapor: list of instansi not loaded', error);
      });
  });
  input.addEventListener('input', render);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) render();
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
