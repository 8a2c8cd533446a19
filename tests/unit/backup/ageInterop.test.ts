import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createEncryptedBackup, exportBackupText } from '../../../src/db/backup/create';
import { openBackupFile } from '../../../src/db/backup/envelope';
import { parseBackup } from '../../../src/db/backup/format';
import { restoreBackup } from '../../../src/db/backup/restore';
import type { GroveDb } from '../../../src/db/db';
import { freshDb } from '../db/helpers';
import { dumpDatabase, seedWithRecovery } from './helpers';

/**
 * The backup format is the standard one: Debian's reference `age` command (installed by .ci/run) decrypts
 * a Grove backup with the recovery identity, and Grove restores files the `age` command encrypted.
 */
function which(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const haveAge = which('age') && which('age-keygen');
if (!haveAge) console.warn('[grove] age interop tests skipped: the `age` command is not installed (apt-get install age)');

const dir = mkdtempSync(join(tmpdir(), 'grove-age-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let db: GroveDb;
beforeEach(() => {
  db = freshDb('age-interop');
});

// Skipped only on a developer machine without `age`; CI installs it (.ci/run), so there a missing `age` fails.
describe.skipIf(!haveAge && !process.env.CI)('interoperability with the age command', () => {
  it('age -d -i decrypts a Grove backup with the recovery identity', async () => {
    const { identity } = await seedWithRecovery(db);
    const backup = await createEncryptedBackup({ now: 42 });
    writeFileSync(join(dir, 'backup.age'), backup.bytes);
    writeFileSync(join(dir, 'recovery.txt'), `${identity}\n`, { mode: 0o600 });
    const plaintext = execFileSync('age', ['-d', '-i', join(dir, 'recovery.txt'), join(dir, 'backup.age')]);
    const parsed = JSON.parse(plaintext.toString('utf8'));
    expect(parsed).toMatchObject({ format: 'grove-backup', version: 2, createdAt: 42 });
    expect(parsed.tables.participants).toHaveLength(6);
  });

  for (const armored of [false, true]) {
    it(`Grove restores a backup encrypted by age -r${armored ? ' -a (armored)' : ''}, table by table`, async () => {
      await seedWithRecovery(db);
      const before = await dumpDatabase(db);
      writeFileSync(join(dir, 'plain.json'), await exportBackupText());
      execFileSync('age-keygen', ['-o', join(dir, `key${armored}.txt`)], { stdio: 'ignore' });
      const keyFile = readFileSync(join(dir, `key${armored}.txt`), 'utf8');
      const identity = keyFile.split('\n').find((line) => line.startsWith('AGE-SECRET-KEY-1'))!;
      const recipient = /public key: (age1\w+)/.exec(keyFile)![1]!;
      const out = join(dir, `from-cli${armored}.age`);
      execFileSync('age', ['-r', recipient, ...(armored ? ['-a'] : []), '-o', out, join(dir, 'plain.json')]);

      db = freshDb('age-interop-target');
      const parsed = parseBackup(await openBackupFile(new Uint8Array(readFileSync(out)), identity));
      await restoreBackup(parsed, async () => true);
      expect(await dumpDatabase(db)).toEqual(before);
    });
  }
});
