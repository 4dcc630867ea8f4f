/**
 * Filtering and sorting of the rankings page, over its complete server-rendered tables (without
 * JavaScript every row shows). The state lives in the URL query so that a filtered view can be
 * shared: `?provinsi=16&predikat=B&urut=nilai&arah=naik`, defaults left out. Filtering hides rows and
 * never re-ranks them: a rank is always the one in the full peer group.
 *
 * Filters are the form's selects: each select's name is a query parameter and a row's `data-<name>`.
 * A row must match every filter, except that a grade filter (`data-grade`: predikat, zona) only
 * judges the rows whose dataset has that grade: `predikat=B&zona=hijau` keeps SAKIP and OPD rows of
 * B and kepatuhan rows of hijau, and a dataset without any chosen grade is hidden.
 * Sort keys are the headers' `data-urut`, read from the rows' `data-<key>`; a row without it (no
 * nilai, no comparable change) sorts last in either direction, never as zero. A table marked
 * `data-fixed-order` (a group's largest rises) keeps its rows' order.
 */
import { SORT_KEYS, type Direction, type SortKey } from '../shared/peringkat-sort.ts';
import { addTableUnduh } from './table-unduh.ts';

interface State {
  filters: Map<string, string>;
  urut: SortKey;
  arah: Direction;
}

const isSortKey = (key: string | null): key is SortKey => key !== null && Object.hasOwn(SORT_KEYS, key);

function readState(query: URLSearchParams, selects: readonly HTMLSelectElement[]): State {
  const filters = new Map<string, string>();
  for (const select of selects) {
    const value = query.get(select.name);
    // Only a value the page offers: a stale link shows every row rather than none.
    if (value && [...select.options].some((option) => option.value === value)) filters.set(select.name, value);
  }
  const urut = query.get('urut');
  const key = isSortKey(urut) ? urut : 'peringkat';
  const arah = query.get('arah');
  return { filters, urut: key, arah: arah === 'naik' || arah === 'turun' ? arah : SORT_KEYS[key] };
}

function writeState(state: State, selects: readonly HTMLSelectElement[]): void {
  const url = new URL(window.location.href);
  for (const name of [...selects.map((select) => select.name), 'urut', 'arah']) url.searchParams.delete(name);
  // Filters in the form's order, then the sort; the default order stays out, so that the plain page
  // keeps its plain address.
  const sort: [string, string][] = [];
  if (state.urut !== 'peringkat' || state.arah !== 'naik') sort.push(['urut', state.urut]);
  if (state.arah !== SORT_KEYS[state.urut]) sort.push(['arah', state.arah]);
  for (const [name, value] of [...state.filters, ...sort]) url.searchParams.append(name, value);
  window.history.replaceState(window.history.state, '', url);
}

/**
 * A shared `?provinsi=` address on a page that cannot filter by provinsi (the year's page at national
 * scale shows only the top of long groups): opens that provinsi's own page instead, the other choices
 * kept. True when it does.
 */
function toProvinsiPage(root: HTMLElement, selects: readonly HTMLSelectElement[]): boolean {
  const query = new URLSearchParams(window.location.search);
  const provinsi = query.get('provinsi');
  if (provinsi === null || selects.some((select) => select.name === 'provinsi')) return false;
  const link = [...root.querySelectorAll<HTMLAnchorElement>('a[data-provinsi-page]')].find((a) => a.dataset.provinsiPage === provinsi);
  if (link === undefined) return false;
  query.delete('provinsi');
  const rest = query.toString();
  window.location.replace(rest === '' ? link.href : `${link.href}?${rest}`);
  return true;
}

export function enhance(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-ranking-controls]');
  const status = root.querySelector<HTMLElement>('[data-ranking-status]');
  const tables = [...root.querySelectorAll<HTMLTableElement>('table[data-ranking-table]')];
  if (controls === null || status === null) return;
  const selects = [...controls.querySelectorAll('select')];
  if (toProvinsiPage(root, selects)) return;
  const grades = new Set(selects.filter((select) => select.dataset.grade !== undefined).map((select) => select.name));
  const rows = tables.flatMap((table) => [...table.tBodies[0]!.rows]);
  const serverOrder = new Map(rows.map((row, index) => [row, index]));
  const collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: 'base' });
  let state = readState(new URLSearchParams(window.location.search), selects);

  const compare = (a: HTMLTableRowElement, b: HTMLTableRowElement): number => {
    const [va, vb] = [a.dataset[state.urut], b.dataset[state.urut]];
    if (va === undefined || vb === undefined) return (va === undefined ? 1 : 0) - (vb === undefined ? 1 : 0) || serverOrder.get(a)! - serverOrder.get(b)!;
    const order = state.urut === 'nama' ? collator.compare(va, vb) : Number(va) - Number(vb);
    return (state.arah === 'naik' ? order : -order) || serverOrder.get(a)! - serverOrder.get(b)!;
  };
  const matches = (row: HTMLTableRowElement): boolean => {
    const value = (name: string) => row.getAttribute(`data-${name}`);
    const applying = [...state.filters].filter(([name]) => !grades.has(name) || value(name) !== null);
    const gradeChosen = [...state.filters.keys()].some((name) => grades.has(name));
    const gradeApplies = applying.some(([name]) => grades.has(name));
    return (!gradeChosen || gradeApplies) && applying.every(([name, wanted]) => value(name) === wanted);
  };

  const render = (): void => {
    for (const select of selects) select.value = state.filters.get(select.name) ?? '';
    for (const table of tables) {
      const body = table.tBodies[0]!;
      // A table in an order of its own (largest rises) keeps it.
      const sorted = table.dataset.fixedOrder === undefined ? [...body.rows].sort(compare) : [...body.rows];
      body.append(...sorted);
      for (const row of sorted) row.hidden = !matches(row);
      table.closest<HTMLElement>('.table-scroll')!.hidden = sorted.every((row) => row.hidden);
      for (const th of table.querySelectorAll<HTMLElement>('th[data-urut]')) {
        if (th.dataset.urut === state.urut) th.setAttribute('aria-sort', state.arah === 'naik' ? 'ascending' : 'descending');
        else th.removeAttribute('aria-sort');
      }
    }
    for (const empty of root.querySelectorAll<HTMLElement>('[data-ranking-empty]')) {
      const section = empty.closest('[data-ranking-section]')!;
      empty.hidden = [...section.querySelectorAll<HTMLElement>('.table-scroll')].some((box) => !box.hidden);
    }
    const shown = rows.filter((row) => !row.hidden).length;
    status.textContent = (status.dataset.template ?? '').replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  };
  const update = (next: State): void => {
    state = next;
    writeState(state, selects);
    render();
  };

  for (const th of root.querySelectorAll<HTMLElement>('th[data-urut]')) {
    const key = th.dataset.urut!;
    if (!isSortKey(key)) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const arah = key !== state.urut ? SORT_KEYS[key] : state.arah === 'naik' ? 'turun' : 'naik';
      update({ ...state, urut: key, arah });
    });
  }
  // A choice applies at once; the submit button is there for keyboard users who expect one.
  const applyFilters = (): void => {
    const filters = new Map(selects.filter((select) => select.value !== '').map((select) => [select.name, select.value]));
    update({ ...state, filters });
  };
  controls.addEventListener('change', applyFilters);
  controls.addEventListener('submit', (event) => {
    event.preventDefault();
    applyFilters();
  });
  controls.hidden = false;
  render();
  addTableUnduh(tables, { shown: true });
}
