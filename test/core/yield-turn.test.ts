import { describe, expect, it } from 'vitest';
import { turnYielder } from '../../scripts/core/yield-turn.js';

/**
 * Issue 24, item 5: a long synchronous loop that calls the yielder lets the event loop run (where Node delivers
 * SIGTERM and SIGINT to their handlers). Counted, not timed: how many times a pending callback got its turn.
 */
describe('turnYielder', () => {
  it('a loop of 200 busy rounds of 5 ms gives the event loop turns while it runs; the same loop without it gives none', async () => {
    const busy = () => {
      const until = performance.now() + 5;
      while (performance.now() < until);
    };
    const run = async (withYield: boolean) => {
      let turns = 0;
      let seenAt = -1;
      const tick = () => {
        turns++;
        if (seenAt < 0) seenAt = round;
        timer = setImmediate(tick);
      };
      let round = 0;
      let timer = setImmediate(tick);
      const nextTurn = turnYielder(50);
      for (; round < 200; round++) {
        if (withYield) await nextTurn();
        busy();
      }
      clearImmediate(timer);
      return { turns, seenAt };
    };
    const yielding = await run(true);
    expect(yielding.turns).toBeGreaterThanOrEqual(10); // 1 s of work in 50 ms slices: about 20 turns
    expect(yielding.seenAt).toBeLessThan(200);
    expect(await run(false)).toEqual({ turns: 0, seenAt: -1 });
  });
});
