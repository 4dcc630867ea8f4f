/** A piece of UI or message text in both languages Rapor speaks: Indonesian first, English second. */
export interface Text {
  readonly id: string;
  readonly en: string;
}

export type Lang = keyof Text;

export const LANGS: readonly Lang[] = ['id', 'en'];

export function text(id: string, en: string): Text {
  return { id, en };
}
