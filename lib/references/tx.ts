// Transaction limits for lifecycle writes. PGlite has one connection, so a burst of simultaneous
// requests queues for it; Prisma's defaults (2 s wait, 5 s run) would fail such a burst although
// each transaction itself is a handful of statements.
export const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;
