import { screen } from 'electron';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What Grove needs to know about a display (a plain copy of Electron's `Display`). */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  /** The bounds minus task bars, docks and menu bars. */
  workArea: Rect;
  primary: boolean;
  /** True for a laptop's built-in panel, when the system says so. */
  internal: boolean;
}

/** The current displays, the primary one first. */
export function currentDisplays(): DisplayInfo[] {
  const primaryId = screen.getPrimaryDisplay().id;
  const displays = screen.getAllDisplays().map((display) => ({
    id: display.id,
    bounds: { ...display.bounds },
    workArea: { ...display.workArea },
    primary: display.id === primaryId,
    internal: display.internal,
  }));
  return displays.sort((a, b) => Number(b.primary) - Number(a.primary));
}
