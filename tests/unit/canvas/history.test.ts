import { describe, expect, it } from 'vitest';
import { applyChanges, canRedo, canUndo, emptyHistory, invert, record, redo, squashChanges, undo, withdraw, type Change } from '../../../src/domain/history';

type Row = { id: string; v: number };
const put = (id: string, before: number | null, after: number | null): Change<Row> => ({
  id,
  before: before === null ? null : { id, v: before },
  after: after === null ? null : { id, v: after },
});

describe('history', () => {
  it('undoes and redoes an edit by writing back the before and after states', () => {
    let history = emptyHistory<Row>();
    let rows: Row[] = [];
    const add = [put('a', null, 1)];
    rows = applyChanges(rows, add);
    history = record(history, { key: 'k1', label: 'add', changes: add });
    const move = [put('a', 1, 2)];
    rows = applyChanges(rows, move);
    history = record(history, { key: 'k2', label: 'move', changes: move });
    expect(rows).toEqual([{ id: 'a', v: 2 }]);

    const step1 = undo(history)!;
    rows = applyChanges(rows, step1.apply);
    expect(rows).toEqual([{ id: 'a', v: 1 }]);
    const step2 = undo(step1.history)!;
    rows = applyChanges(rows, step2.apply);
    expect(rows).toEqual([]);
    expect(canUndo(step2.history)).toBe(false);
    expect(undo(step2.history)).toBeNull();

    const again = redo(step2.history)!;
    rows = applyChanges(rows, again.apply);
    expect(rows).toEqual([{ id: 'a', v: 1 }]);
    expect(canRedo(again.history)).toBe(true);
  });

  it('a new edit clears the redo stack', () => {
    let history = record(emptyHistory<Row>(), { key: '1', label: 'a', changes: [put('a', null, 1)] });
    history = undo(history)!.history;
    expect(canRedo(history)).toBe(true);
    history = record(history, { key: '2', label: 'b', changes: [put('b', null, 1)] });
    expect(canRedo(history)).toBe(false);
  });

  it('a whole gesture of many records is one step', () => {
    const changes = [put('a', 1, 5), put('b', 2, 6), put('c', 3, 7)];
    const history = record(emptyHistory<Row>(), { key: 'drag', label: 'move', changes });
    const step = undo(history)!;
    expect(step.apply.map((change) => change.after?.v)).toEqual([3, 2, 1]);
    expect(step.history.past).toHaveLength(0);
  });

  it('ignores empty edits and keeps at most `limit` steps', () => {
    let history = emptyHistory<Row>(3);
    history = record(history, { key: 'e', label: 'nothing', changes: [] });
    expect(history.past).toHaveLength(0);
    for (let i = 0; i < 5; i++) history = record(history, { key: String(i), label: 'x', changes: [put('a', i, i + 1)] });
    expect(history.past.map((entry) => entry.key)).toEqual(['2', '3', '4']);
  });

  it('squashes repeated changes of a record and drops ones that end where they began', () => {
    const a1 = { id: 'a', v: 1 };
    const a2 = { id: 'a', v: 2 };
    const a3 = { id: 'a', v: 3 };
    const squashed = squashChanges<Row>([
      { id: 'a', before: a1, after: a2 },
      { id: 'a', before: a2, after: a3 },
      { id: 'b', before: null, after: null },
    ]);
    expect(squashed).toEqual([{ id: 'a', before: a1, after: a3 }]);
  });

  it('withdraws an entry whose write failed', () => {
    const history = record(record(emptyHistory<Row>(), { key: 'ok', label: 'a', changes: [put('a', null, 1)] }), { key: 'failed', label: 'b', changes: [put('b', null, 1)] });
    expect(withdraw(history, 'failed').past.map((entry) => entry.key)).toEqual(['ok']);
  });

  it('inverting twice gives the changes back', () => {
    const changes = [put('a', 1, 2), put('b', null, 3)];
    expect(invert(invert(changes))).toEqual(changes);
  });
});
