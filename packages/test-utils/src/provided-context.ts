// What the run's global setup hands every test file (vitest's provide/inject).
declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
    dbEngine: string;
  }
}

export {};
