/** Counts deliveries across many clients and resolves once a wanted number more has arrived. */
export function arrivals() {
  let count = 0;
  let waiting: { target: number; resolve: () => void } | null = null;
  return {
    add(): void {
      count += 1;
      if (waiting && count >= waiting.target) {
        waiting.resolve();
        waiting = null;
      }
    },
    /** Resolves when `more` deliveries have arrived after this call. */
    next(more: number): Promise<void> {
      return new Promise((resolve) => {
        waiting = { target: count + more, resolve };
      });
    },
  };
}
