import { type APIRequestContext, request } from "@playwright/test";
import pg from "pg";

export type AuthClient = { http: APIRequestContext; csrfToken: string };

/** A cookie jar on one instance, with next-auth's CSRF token; `forwardedFor` plays the trusted proxy. */
export async function authClient(baseURL: string, forwardedFor?: string): Promise<AuthClient> {
  const http = await request.newContext({
    baseURL,
    extraHTTPHeaders: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  });
  const { csrfToken } = (await (await http.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return { http, csrfToken };
}

/** What the sign-in form does: POST the address to next-auth's email provider. */
export function askForSignInEmail(client: AuthClient, email: string) {
  return client.http.post("/api/auth/signin/email", {
    form: { email, csrfToken: client.csrfToken, callbackUrl: "/references", json: "true" },
    maxRedirects: 0,
  });
}

/** What a demo button does: the one-click provider. Returns the session afterwards. */
export async function demoSignIn(client: AuthClient, email: string) {
  const response = await client.http.post("/api/auth/callback/demo", {
    form: { email, csrfToken: client.csrfToken, callbackUrl: "/references", json: "true" },
    maxRedirects: 0,
  });
  const session = (await (await client.http.get("/api/auth/session")).json()) as {
    user?: { email?: string };
  };
  return { response, session };
}

/** One query on the instances' shared database. */
export async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_INSTANCES_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
