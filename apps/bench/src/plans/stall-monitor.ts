// An idle process that wakes every 5 ms and reports how late it woke at worst: a late wake-up means
// the whole machine stalled (not just a server), and the round is ignored.
const intervalMs = 5;
let expected = performance.now() + intervalMs;
let maxLateMs = 0;
setInterval(() => {
  const now = performance.now();
  maxLateMs = Math.max(maxLateMs, now - expected);
  expected = now + intervalMs;
}, intervalMs);
process.on('message', (message) => {
  if (message === 'reset') maxLateMs = 0;
  if (message === 'read') process.send?.({ type: 'stall', maxLateMs });
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready' });
