// Finds an Electron binary without downloading one. Used by `npm start` (scripts/start.mjs) and by the
// Electron end-to-end suite (tests/electron), which skips with the returned reason when there is none.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Name of the Electron executable inside its dist folder on a platform (what electron's install
 * script writes to node_modules/electron/path.txt).
 * @param {NodeJS.Platform} platform
 */
export function electronExecutableName(platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Looks for an Electron binary without ever downloading one: ELECTRON_OVERRIDE_DIST_PATH first, then
 * node_modules/electron/dist with the executable named in node_modules/electron/path.txt.
 * @param {{ projectRoot: string; env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform }} options
 * @returns {{ executablePath: string; reason: null } | { executablePath: null; reason: string }}
 */
export function findElectronBinary({ projectRoot: root, env = process.env, platform = process.platform }) {
  const packageDir = join(root, 'node_modules', 'electron');
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
