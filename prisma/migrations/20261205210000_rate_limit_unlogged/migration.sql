-- Abuse-limit counters are disposable (decision 089): a crash that loses them only resets some
-- windows. Unlogged, a counted use commits without waiting for the WAL to reach the disk, so
-- simultaneous calls with one API key — one row — no longer queue behind each other's fsync.
ALTER TABLE "RateLimit" SET UNLOGGED;
