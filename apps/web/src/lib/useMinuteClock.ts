import { useSyncExternalStore } from 'react';

const minute = 60_000;

function subscribe(onTick: () => void): () => void {
  const timer = window.setInterval(onTick, 15_000);
  return () => window.clearInterval(timer);
}

// Rounded to the minute so the snapshot stays equal between ticks (no needless renders).
const currentMinute = () => Math.floor(Date.now() / minute) * minute;

/** The current time, updated every minute; for showing a partner's local time. */
export function useMinuteClock(): number {
  return useSyncExternalStore(subscribe, currentMinute);
}
