// `npm start`: builds the app, then starts Electron on it when an Electron binary exists; otherwise
// says so in one line and serves the built renderer on http://127.0.0.1:5174/ for a browser.
//   node scripts/start.mjs             build, then Electron (or the browser fallback)
//   node scripts/start.mjs --browser   build, then the browser server without looking for Electron
//   --port N                           port of the browser server (default 5174)
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';
import { serveRenderer, serverUrl } from './serve-renderer.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs `electron-vite build`; exits with its status when it fails. */
function build() {
  const require = createRequire(import.meta.url);
  const packageJsonPath = require.resolve('electron-vite/package.json');
  const { bin } = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  const cli = join(dirname(packageJsonPath), typeof bin === 'string' ? bin : bin['electron-vite']);
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Starts Electron on the project and mirrors its exit code.
 * @param {string} executablePath
 */
function startElectron(executablePath) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executablePath, ['.'], { cwd: projectRoot, stdio: 'inherit', env });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
}

/**
 * Serves out/renderer on the loopback interface until interrupted.
 * @param {number} port
 */
async function startBrowserServer(port) {
  const root = join(projectRoot, 'out', 'renderer');
  const server = await serveRenderer({ root, port, host: '127.0.0.1' });
  console.log(`Grove is being served at ${serverUrl(server)} — open it in a browser (Ctrl+C to stop).`);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main() {
  const args = process.argv.slice(2);
  const browserOnly = args.includes('--browser');
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 5174;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port needs a number from 0 to 65535');

  build();
  if (!browserOnly) {
    const found = findElectronBinary({ projectRoot });
    if (found.executablePath !== null) {
      startElectron(found.executablePath);
      return;
    }
    console.log(`The Electron binary is not available on this machine (${found.reason}); serving Grove for a browser instead.`);
  }
  await startBrowserServer(port);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
