import { type IssuedToken, newToken } from "@/lib/references/tokens";

/**
 * A token source for createReference / resendReference that also remembers the raw token: the
 * product keeps it only in the customer's email, but a test has to answer as the customer.
 */
export function rememberTokens() {
  let last: string | undefined;
  return {
    issueToken: (): IssuedToken => {
      const issued = newToken();
      last = issued.token;
      return issued;
    },
    /** The raw token of the last send. */
    last(): string {
      if (!last) throw new Error("no token was issued");
      return last;
    },
  };
}
