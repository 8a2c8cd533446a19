import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronExecutableName, findElectronBinary } from '../../../scripts/electron-binary.mjs';

function project(withBinary: 'none' | 'path-only' | 'installed'): string {
  const root = mkdtempSync(join(tmpdir(), 'grove-electron-bin-'));
  const electronDir = join(root, 'node_modules', 'electron');
  mkdirSync(electronDir, { recursive: true });
  if (withBinary !== 'none') writeFileSync(join(electronDir, 'path.txt'), 'electron');
  if (withBinary === 'installed') {
    mkdirSync(join(electronDir, 'dist'));
    writeFileSync(join(electronDir, 'dist', 'electron'), '');
  }
  return root;
}

describe('findElectronBinary', () => {
  const finder = () => findElectronBinary;
  it('finds nothing when the binary was never downloaded, and says why', () => {
    for (const root of [project('none'), project('path-only')]) {
      const found = finder()({ projectRoot: root, env: {} });
      expect(found.executablePath).toBeNull();
      expect(found.reason).toBeTruthy();
    }
  });

  it('finds node_modules/electron/dist/<path.txt>', () => {
    const root = project('installed');
    expect(finder()({ projectRoot: root, env: {} })).toEqual({
      executablePath: join(root, 'node_modules', 'electron', 'dist', 'electron'),
      reason: null,
    });
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, and reports it when it points nowhere', () => {
    const root = project('none');
    const dist = mkdtempSync(join(tmpdir(), 'grove-electron-dist-'));
    writeFileSync(join(dist, 'electron'), '');
    expect(finder()({ projectRoot: root, env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, platform: 'linux' })).toEqual({
      executablePath: join(dist, 'electron'),
      reason: null,
    });
    const missing = finder()({ projectRoot: root, env: { ELECTRON_OVERRIDE_DIST_PATH: join(dist, 'nope') }, platform: 'linux' });
    expect(missing.executablePath).toBeNull();
    expect(missing.reason).toMatch(/ELECTRON_OVERRIDE_DIST_PATH/);
  });
});

describe('electronExecutableName', () => {
  it('matches the names electron’s installer writes', () => {
    expect(electronExecutableName('linux')).toBe('electron');
    expect(electronExecutableName('win32')).toBe('electron.exe');
    expect(electronExecutableName('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});
