/**
 * Grove's main process: a short list of setup steps. Each module owns one concern and keeps its
 * decisions in pure functions (see the unit tests in tests/unit/electron).
 */
import { app } from 'electron';
import { APP_ID, builtAppPaths, setupLifecycle, setupSingleInstance } from './lifecycle';
import { registerAppScheme } from './protocol';
import { setupSecurity } from './security';

registerAppScheme();
setupSecurity();
if (setupSingleInstance()) {
  app.setAppUserModelId(APP_ID);
  setupLifecycle(builtAppPaths());
}
