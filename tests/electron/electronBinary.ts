import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronBinary = { executablePath: string; reason: null } | { executablePath: null; reason: string };

/** Executable inside Electron's dist folder (what electron's installer writes to path.txt). */
export function electronExecutableName(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Finds an Electron binary without ever downloading one: ELECTRON_OVERRIDE_DIST_PATH first, then
 * node_modules/electron/dist with the executable named in node_modules/electron/path.txt.
 * Same rules as findElectronBinary() in scripts/start.mjs.
 */
export function findElectronBinary({
  projectRoot,
  env = process.env,
  platform = process.platform,
}: {
  projectRoot: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}): ElectronBinary {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const named = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const executable = named === '' ? electronExecutableName(platform) : named;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override !== undefined && override !== '') {
    const candidate = join(override, executable);
    return existsSync(candidate)
      ? { executablePath: candidate, reason: null }
      : { executablePath: null, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist` };
  }
  if (named === '') {
    return { executablePath: null, reason: 'node_modules/electron has no downloaded binary (no path.txt, no dist)' };
  }
  const candidate = join(packageDir, 'dist', named);
  return existsSync(candidate)
    ? { executablePath: candidate, reason: null }
    : { executablePath: null, reason: `${candidate} does not exist` };
}
