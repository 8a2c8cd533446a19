import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserWindow } from 'electron';
import type { DisplayInfo, Rect } from './displays';

/** Size, position and maximised flag of the facilitator window, remembered between runs. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximised: boolean;
}

export const MIN_WINDOW_WIDTH = 800;
export const MIN_WINDOW_HEIGHT = 560;
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximised: false };
/** How much of a window must overlap a display for its remembered position to be kept. */
const MIN_VISIBLE = { width: 120, height: 80 };

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Reads a stored state from JSON text; anything malformed gives the default state. */
export function parseWindowState(text: string): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE };
  const record = raw as Record<string, unknown>;
  const { x, y, width, height, maximised } = record;
  if (!isFiniteNumber(width) || !isFiniteNumber(height) || width <= 0 || height <= 0) {
    return { ...DEFAULT_WINDOW_STATE };
  }
  const state: WindowState = { width: Math.round(width), height: Math.round(height), maximised: maximised === true };
  if (isFiniteNumber(x) && isFiniteNumber(y)) {
    state.x = Math.round(x);
    state.y = Math.round(y);
  }
  return state;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Makes a remembered state safe to restore on today's displays: the window lands on the display it
 * overlaps most (or, when it would be mostly off-screen, centred on the primary display), no larger
 * than that display's work area and entirely inside it.
 */
export function clampToDisplays(state: WindowState, displays: readonly DisplayInfo[]): WindowState {
  const fallback = displays.find((display) => display.primary) ?? displays[0];
  if (fallback === undefined) {
    return { width: state.width, height: state.height, maximised: state.maximised };
  }
  let target: DisplayInfo | undefined;
  if (state.x !== undefined && state.y !== undefined) {
    const windowRect = { x: state.x, y: state.y, width: state.width, height: state.height };
    let bestArea = 0;
    for (const display of displays) {
      const common = overlap(windowRect, display.workArea);
      const visibleEnough = common.width >= Math.min(MIN_VISIBLE.width, state.width) && common.height >= Math.min(MIN_VISIBLE.height, state.height);
      if (visibleEnough && common.width * common.height > bestArea) {
        bestArea = common.width * common.height;
        target = display;
      }
    }
  }
  const area = (target ?? fallback).workArea;
  const width = Math.min(Math.max(state.width, MIN_WINDOW_WIDTH), area.width);
  const height = Math.min(Math.max(state.height, MIN_WINDOW_HEIGHT), area.height);
  if (target === undefined || state.x === undefined || state.y === undefined) {
    return {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
      maximised: state.maximised,
    };
  }
  return {
    x: clamp(state.x, area.x, area.x + area.width - width),
    y: clamp(state.y, area.y, area.y + area.height - height),
    width,
    height,
    maximised: state.maximised,
  };
}

/** Reads the state file; a missing or damaged file gives the default state. */
export function loadWindowState(filePath: string): WindowState {
  try {
    return parseWindowState(readFileSync(filePath, 'utf8'));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** Writes the state file; failures are logged, never thrown (losing a window size is harmless). */
export function saveWindowState(filePath: string, state: WindowState): void {
  try {
    writeFileSync(filePath, `${JSON.stringify(state)}\n`, { encoding: 'utf8', mode: 0o600 });
  } catch (error) {
    console.warn('[grove] could not save window state:', error);
  }
}

/** Saves the window's normal (un-maximised) bounds and maximised flag when it closes. */
export function trackWindowState(window: BrowserWindow, filePath: string): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    saveWindowState(filePath, { ...bounds, maximised: window.isMaximized() });
  });
}
