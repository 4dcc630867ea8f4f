/**
 * What the visual checks measure inside a page. Each function is handed to `page.evaluate`, so it is
 * self-contained: everything it uses is declared inside it. Each returns the offending elements and
 * words, already described for a failure message ("td.nama", "header a.brand").
 */

export interface Layout {
  /** document.documentElement.scrollWidth and clientWidth. */
  scrollWidth: number;
  clientWidth: number;
  /** Elements that stick out of the page on the right (the outermost of each sticking-out branch). */
  wider: string[];
  /** `"Kesehatan" in td.nama`: words of up to 14 letters whose glyphs lie on two lines. */
  splitWords: string[];
  /** Tables that neither fit their container nor scroll in a focusable, named scroll box. */
  tables: string[];
  /** The first header's height (0 when the page has none). */
  headerHeight: number;
  /** The separate visible places above the fold that show the site's name. */
  siteNameAboveFold: string[];
  /** The smallest font size of visible text (canvases aside), and the text set smaller than 12 px. */
  smallestFont: number;
  smallText: string[];
}

export function measureLayout({ siteName, maxLetters, minFont }: { siteName: string; maxLetters: number; minFont: number }): Layout {
  const root = document.documentElement;
  const describe = (element: Element): string => {
    const name = (e: Element) =>
      `${e.localName}${e.id ? `#${e.id}` : ''}${[...e.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('')}`;
    const parent = element.parentElement;
    return parent && parent !== document.body && !element.id ? `${name(parent)} > ${name(element)}` : name(element);
  };
  // Visually hidden text (the .sr-only pattern: 1 px, clipped) is for screen readers: its words
  // are one letter per line by design.
  const hiddenCache = new Map<Element, boolean>();
  const hidden = (element: Element | null): boolean => {
    if (!element || element === document.body) return false;
    const known = hiddenCache.get(element);
    if (known !== undefined) return known;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const clip = style.getPropertyValue('clip');
    const result =
      (clip !== 'auto' && clip !== '' && style.position === 'absolute') ||
      style.clipPath.startsWith('inset(50%') ||
      (style.overflow !== 'visible' && rect.width <= 1 && rect.height <= 1) ||
      style.visibility === 'hidden' ||
      hidden(element.parentElement);
    hiddenCache.set(element, result);
    return result;
  };
  const SKIP = 'script, style, noscript, template, canvas, svg, select, option, textarea';
  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !/\S/.test(node.data) || parent.closest(SKIP) || !parent.checkVisibility() || hidden(parent)) continue;
    texts.push(node);
  }

  // (a) sideways overflow: the outermost elements whose right edge passes the page's.
  const width = root.clientWidth;
  const wider: string[] = [];
  const scrolls = (e: Element) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
  for (const element of document.body.querySelectorAll('*')) {
    if (element.getBoundingClientRect().right <= width + 1 || !element.checkVisibility() || hidden(element)) continue;
    let outer = true;
    for (let a = element.parentElement; a && a !== document.body; a = a.parentElement) {
      if (scrolls(a) || a.getBoundingClientRect().right > width + 1) outer = false;
      if (!outer) break;
    }
    if (outer) wider.push(`${describe(element)} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`);
  }

  // (b) words of up to maxLetters letters split over two lines.
  const splitWords: string[] = [];
  const range = document.createRange();
  for (const node of texts) {
    for (const match of node.data.matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = match[0];
      if (word.length < 2 || word.length > maxLetters) continue;
      range.setStart(node, match.index);
      range.setEnd(node, match.index + word.length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      if (rects.length < 2) continue;
      const first = rects[0]!;
      if (rects.some((r) => r.top >= first.bottom - 1 || r.bottom <= first.top + 1)) splitWords.push(`"${word}" in ${describe(node.parentElement!)}`);
    }
  }

  // (c) tables: they fit, or their overflow scrolls in a box a keyboard can reach and a screen reader can name.
  const tables: string[] = [];
  const accessibleName = (e: Element): string => {
    const labelledby = e.getAttribute('aria-labelledby');
    const byIds = labelledby
      ? labelledby
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : '';
    return (byIds || e.getAttribute('aria-label') || e.getAttribute('title') || '').trim();
  };
  for (const table of document.querySelectorAll('table')) {
    if (!table.checkVisibility() || hidden(table)) continue;
    let box: HTMLElement | null = null;
    for (let a = table.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') {
        box = a;
        break;
      }
    }
    const tableWidth = Math.round(table.getBoundingClientRect().width);
    if (box) {
      if (box.scrollWidth <= box.clientWidth + 1) continue;
      const what = `${describe(table)} (${tableWidth} px in ${box.clientWidth} px)`;
      if (!scrolls(box)) tables.push(`${what} cut invisibly by ${describe(box)} (overflow-x: ${getComputedStyle(box).overflowX})`);
      else if (box.tabIndex < 0 || !box.hasAttribute('tabindex')) tables.push(`${what} scrolls in ${describe(box)}, which the keyboard cannot reach (no tabindex="0")`);
      else if (!accessibleName(box)) tables.push(`${what} scrolls in ${describe(box)}, which has no accessible name`);
    } else {
      const container = table.parentElement!;
      const right = container.getBoundingClientRect().left + container.clientWidth;
      if (table.getBoundingClientRect().right > right + 1)
        tables.push(`${describe(table)} (${tableWidth} px) is wider than ${describe(container)} (${container.clientWidth} px) and not in a scroll box`);
    }
  }

  // (d) the header, and the site's name above the fold.
  const header = document.querySelector('body > header, header');
  const headerHeight = header ? Math.round(header.getBoundingClientRect().height) : 0;
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  // Text nodes, not elements' innerText: that counts the text of closed <details> too. The footer
  // names the publisher on every page; on a short page it is above the fold, rightly.
  const siteNameAboveFold = texts
    .filter((node) => {
      if (!flat(node.data).includes(siteName) || node.parentElement!.closest('footer')) return false;
      range.selectNodeContents(node);
      return range.getBoundingClientRect().top < innerHeight;
    })
    .map((node) => describe(node.parentElement!));

  // (f) font sizes of visible text.
  let smallestFont = Infinity;
  const small = new Set<string>();
  for (const node of texts) {
    const size = parseFloat(getComputedStyle(node.parentElement!).fontSize);
    smallestFont = Math.min(smallestFont, size);
    if (size < minFont) small.add(`${describe(node.parentElement!)} ${size} px ("${flat(node.data).slice(0, 30)}")`);
  }

  return {
    scrollWidth: root.scrollWidth,
    clientWidth: width,
    wider,
    splitWords: [...new Set(splitWords)],
    tables,
    headerHeight,
    siteNameAboveFold,
    smallestFont,
    smallText: [...small],
  };
}

/** The unfocused look of every focusable element, kept in the page to compare with its focused look. */
export function recordUnfocused(): void {
  const looks = new Map<Element, { background: string; boxShadow: string; border: string }>();
  for (const e of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')) {
    const s = getComputedStyle(e);
    looks.set(e, {
      background: s.backgroundColor,
      boxShadow: s.boxShadow,
      border: s.borderColor,
    });
  }
  (window as unknown as { __unfocused: typeof looks }).__unfocused = looks;
}

export interface Focused {
  /** The focused element, described; null when focus is back on the body (the tab order is done). */
  element: string | null;
  /** The indicator's contrast with the colours around it, and how it was found. */
  contrast: number;
  indicator: string;
  /** The contrast of the element's own text with its background while focused (Infinity without text). */
  textContrast: number;
}

/**
 * Measures the focus (`measure`: `measureFocus`) each time Tab comes up, until a press leaves the
 * page's tab order (focus back on the body); `focusRecorded` reads what was measured. The page
 * measures as each press ends, so that a test can send its presses without asking between them.
 */
export function recordFocus(measure: () => Focused): void {
  const stops: Focused[] = [];
  (window as unknown as { __focusStops: Focused[] }).__focusStops = stops;
  addEventListener(
    'keyup',
    (event) => {
      if (event.key === 'Tab' && stops.at(-1)?.element !== null) stops.push(measure());
    },
    true,
  );
}

export const focusRecorded = (): Focused[] => (window as unknown as { __focusStops: Focused[] }).__focusStops;

/** The focus indicator of the element that has focus now, and its WCAG contrast with what surrounds it. */
export function measureFocus(): Focused {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) return { element: null, contrast: 0, indicator: '', textContrast: Infinity };
  const name = (e: Element) =>
    `${e.localName}${e.id ? `#${e.id}` : ''}${[...e.classList]
      .slice(0, 2)
      .map((c) => `.${c}`)
      .join('')}`;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 25);
  const described = `${element.parentElement ? `${name(element.parentElement)} > ` : ''}${name(element)}${text ? ` "${text}"` : ''}`;
  type Rgba = [number, number, number, number];
  const parse = (css: string): Rgba | null => {
    const m = css.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a] = m[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [r!, g!, b!, a ?? 1];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3];
    return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
  };
  /** The opaque colour behind an element's box: its own and its ancestors' background colours, composited. */
  const backdrop = (from: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let e = from; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) layers.push(c);
      if (c && c[3] >= 1) break;
    }
    return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  const luminance = ([r, g, b]: Rgba) => {
    const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (x: Rgba, y: Rgba) => {
    const [l1, l2] = [luminance(x), luminance(y)].sort((p, q) => q - p);
    return Math.round(((l1! + 0.05) / (l2! + 0.05)) * 100) / 100;
  };
  const s = getComputedStyle(element);
  const before = (
    window as unknown as {
      __unfocused?: Map<Element, { background: string; boxShadow: string; border: string }>;
    }
  ).__unfocused?.get(element);
  // An outline drawn outside the box lies on the parent's background, one drawn inside on the element's own.
  const inside = parseFloat(s.outlineOffset) < 0;
  const around = inside ? backdrop(element) : backdrop(element.parentElement);
  // Every change focus makes, with its contrast against what it is drawn on; the strongest one is the indicator.
  const changes: { ratio: number; what: string }[] = [];
  if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) {
    const ring = parse(s.outlineColor) ?? [0, 0, 0, 1];
    changes.push({ ratio: contrast(over(ring, around), around), what: `outline ${s.outlineColor}` });
  }
  if (s.boxShadow !== 'none' && s.boxShadow !== before?.boxShadow) {
    const ring = parse(s.boxShadow) ?? [0, 0, 0, 1];
    changes.push({ ratio: contrast(over(ring, around), around), what: `box-shadow ${s.boxShadow}` });
  }
  if (before && s.backgroundColor !== before.background) {
    const was = over(parse(before.background) ?? [0, 0, 0, 0], backdrop(element.parentElement));
    changes.push({ ratio: contrast(backdrop(element), was), what: `background ${before.background} → ${s.backgroundColor}` });
  }
  if (before && s.borderColor !== before.border) {
    const border = parse(s.borderColor) ?? [0, 0, 0, 1];
    changes.push({ ratio: contrast(over(border, around), around), what: `border ${before.border} → ${s.borderColor}` });
  }
  const best = changes.sort((x, y) => y.ratio - x.ratio)[0] ?? { ratio: 1, what: 'none (no outline, box-shadow, background or border change)' };
  // Focus that repaints the background must not make the element's own text unreadable (white on yellow).
  const ownText = element.textContent?.trim() || element instanceof HTMLInputElement ? contrast(over(parse(s.color) ?? [0, 0, 0, 1], backdrop(element)), backdrop(element)) : Infinity;
  return { element: described, contrast: best.ratio, indicator: best.what, textContrast: ownText };
}

/** Cumulative layout shift as Chromium reports it: the largest session window (gaps < 1 s, at most 5 s), and what moved in it. */
export function measureShift(): Promise<{ cls: number; moved: string[] }> {
  interface Shift extends PerformanceEntry {
    value: number;
    hadRecentInput: boolean;
    sources: { node: Node | null }[];
  }
  return new Promise((resolve) => {
    const entries: Shift[] = [];
    const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as Shift[])));
    observer.observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => {
      observer.disconnect();
      let best = { value: 0, shifts: [] as Shift[] };
      let current = { value: 0, shifts: [] as Shift[] };
      for (const shift of entries.filter((e) => !e.hadRecentInput)) {
        const first = current.shifts[0];
        const last = current.shifts.at(-1);
        if (first && last && shift.startTime - last.startTime < 1000 && shift.startTime - first.startTime < 5000)
          current = {
            value: current.value + shift.value,
            shifts: [...current.shifts, shift],
          };
        else current = { value: shift.value, shifts: [shift] };
        if (current.value > best.value) best = current;
      }
      const name = (n: Node | null) =>
        n instanceof Element
          ? `${n.localName}${n.id ? `#${n.id}` : ''}${[...n.classList]
              .slice(0, 2)
              .map((c) => `.${c}`)
              .join('')}`
          : (n?.nodeName ?? '?');
      const moved = [...new Set(best.shifts.flatMap((s) => s.sources.map((source) => name(source.node))))];
      resolve({ cls: Math.round(best.value * 1000) / 1000, moved });
    }, 50);
  });
}
