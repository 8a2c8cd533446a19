import type { Page } from '@playwright/test';

/**
 * Seed a benchmark group straight into Grove's encrypted database (sealed as the app seals it): `trees`
 * participants, each with a tree of `notes` notes and `strokes` strokes of `pointsPerStroke` points.
 * Runs in the page, so the app reads it exactly as it would its own data.
 */
export async function seedBenchGroup(page: Page, options: { trees: number; notes: number; strokes: number; pointsPerStroke: number }): Promise<{ groupId: string; participantIds: string[] }> {
  await page.waitForFunction(() => document.querySelector('main') !== null);
  return page.evaluate(async ({ trees, notes, strokes, pointsPerStroke }) => {
    // A small deterministic generator, so every run draws the same trees.
    let seed = 42;
    const random = () => {
      seed = (seed * 1664525 + 1013904223) % 4294967296;
      return seed / 4294967296;
    };
    const zones = ['roots', 'ground', 'trunk', 'branches', 'leaves', 'fruits', 'flowers', 'compost'];
    const zoneOf = (x: number, y: number) => (y > 800 ? 'roots' : y > 700 ? 'ground' : x > 930 && y > 540 ? 'compost' : y > 470 ? 'trunk' : y > 340 ? 'branches' : y < 170 ? 'flowers' : x < 600 ? 'leaves' : 'fruits');
    const words = ['patience', 'music', 'my grandmother', 'the sea', 'walking', 'kindness', 'cooking', 'friends', 'hope', 'gardening', 'laughter', 'courage', 'the library', 'trains', 'home'];
    const now = Date.now();
    const groupId = crypto.randomUUID();
    const participantIds: string[] = [];
    const rows: Record<'groups' | 'participants' | 'trees' | 'treeItems', Record<string, unknown>[]> = { groups: [], participants: [], trees: [], treeItems: [] };
    const tx = { objectStore: (name: keyof typeof rows) => ({ put: (row: Record<string, unknown>) => rows[name].push(row) }) };
    tx.objectStore('groups').put({ id: groupId, code: 'BENCH-01', name: 'Benchmark group', settingType: 'other', lang: 'en', datePrecision: 'day', suppressionK: 5, zoneLabels: {}, denyList: [], retentionDays: 30, createdAt: now, updatedAt: now, archivedAt: null });
    const granted = { granted: true, at: now };
    for (let t = 0; t < trees; t++) {
      const participantId = crypto.randomUUID();
      participantIds.push(participantId);
      tx.objectStore('participants').put({ id: participantId, groupId, alias: `Tree ${t + 1}`, color: '#009E73', symbol: 'leaf', redactNames: [], consent: { groupDisplay: granted, projector: granted, print: granted, summary: granted }, createdAt: now + t });
      const treeId = crypto.randomUUID();
      tx.objectStore('trees').put({ id: treeId, groupId, participantId, doneZones: [], createdAt: now, updatedAt: now });
      const items = tx.objectStore('treeItems');
      let z = 0;
      for (let i = 0; i < notes; i++) {
        const x = 60 + random() * 1080;
        const y = 40 + random() * 920;
        const zone = zoneOf(x, y);
        const text = `${words[Math.floor(random() * words.length)]} and ${words[Math.floor(random() * words.length)]}`;
        items.put({ id: crypto.randomUUID(), treeId, groupId, participantId, kind: 'note', zone, visibility: zone === 'leaves' || zone === 'compost' ? 'private' : 'forest', x, y, rotation: 0, z: ++z, locked: false, createdAt: now, updatedAt: now, text, width: 150, height: 60, color: '#fff3b0' });
      }
      for (let s = 0; s < strokes; s++) {
        const cx = 80 + random() * 1040;
        const cy = 60 + random() * 880;
        const points: number[] = [];
        let x = 0;
        let y = 0;
        for (let p = 0; p < pointsPerStroke; p++) {
          x += (random() - 0.3) * 4;
          y += (random() - 0.5) * 4;
          points.push(Math.round(x * 100) / 100, Math.round(y * 100) / 100, 0.5);
        }
        const zone = zoneOf(cx, cy);
        items.put({ id: crypto.randomUUID(), treeId, groupId, participantId, kind: 'stroke', zone, visibility: zone === 'leaves' || zone === 'compost' ? 'private' : 'forest', x: cx, y: cy, rotation: 0, z: ++z, locked: false, createdAt: now, updatedAt: now, points, color: '#2f6b3f', size: 6, scaleX: 1, scaleY: 1 });
      }
    }
    void zones;
    // Sealed exactly as the app seals its rows, so the benchmark opens encrypted data.
    for (const name of ['groups', 'participants', 'trees', 'treeItems'] as const) await window.groveStore.put(name, rows[name]);
    return { groupId, participantIds };
  }, options);
}

/** Start recording requestAnimationFrame timestamps in the page. */
export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: number };
    // Each recording has its own number, so a loop left over from the previous one stops at once.
    const run = (w.__recording ?? 0) + 1;
    w.__frames = [];
    w.__recording = run;
    const tick = (ts: number) => {
      if (w.__recording !== run) return;
      w.__frames.push(ts);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stop recording and return the frame times (ms between consecutive frames). */
export async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const w = window as unknown as { __frames: number[]; __recording: number };
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    w.__recording += 1;
    const deltas: number[] = [];
    for (let i = 1; i < w.__frames.length; i++) deltas.push(w.__frames[i]! - w.__frames[i - 1]!);
    return deltas;
  });
}

/** Wait until the page has painted two more frames (so pending draws have happened). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
