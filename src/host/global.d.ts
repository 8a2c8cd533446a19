import type { GroveApi } from '../../electron/shared/contract';

declare global {
  interface Window {
    /** The Electron preload's bridge; absent in a plain browser. Use `host` from src/host instead. */
    readonly grove?: GroveApi;
  }
}

export {};
