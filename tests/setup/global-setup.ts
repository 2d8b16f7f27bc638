import { rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import {
  createPgliteTemplate,
  createPostgresTemplate,
  dropDatabase,
  serverUrl,
} from "../support/test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

// Migrate one template once; every test file then gets a cheap copy of it (see per-file.ts).
export default async function setup(project: TestProject) {
  const url = serverUrl();
  if (url) {
    const template = await createPostgresTemplate(url);
    project.provide("postgresTemplate", template);
    project.provide("pgliteTemplate", "");
    return async () => dropDatabase(url, template);
  }
  const file = await createPgliteTemplate();
  project.provide("pgliteTemplate", file);
  project.provide("postgresTemplate", "");
  return async () => rm(path.dirname(file), { recursive: true, force: true });
}
