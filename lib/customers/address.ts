import freeEmailDomains from "free-email-domains";

// One normalisation for every rule that compares customer addresses (R16, R18 and the
// suppression hash): Jane.Doe+crm@Fabrikam.com and " jane.doe@fabrikam.com " are one person.
// The migration that backfilled contactKey (20261205110000) uses the same three steps in SQL.

/** Lower case, no surrounding spaces, no "+tag" in the local part. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at < 0) return trimmed;
  const local = trimmed.slice(0, at);
  const plus = local.indexOf("+");
  return `${plus < 0 ? local : local.slice(0, plus)}${trimmed.slice(at)}`;
}

/** The domain of an address, lower case ("" when there is none). */
export function domainOf(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  return at < 0 ? "" : trimmed.slice(at + 1);
}

const FREE = new Set<string>(freeEmailDomains);

/** A consumer mail provider (gmail.com, outlook.com…): never a partner's own domain. */
export function isConsumerDomain(domain: string): boolean {
  return FREE.has(domain.trim().toLowerCase());
}

/** Whether `domain` is one of `domains` or a subdomain of one (mail.contoso.com under contoso.com). */
export function isWithinDomains(domain: string, domains: readonly string[]): boolean {
  return domains.some((own) => domain === own || domain.endsWith(`.${own}`));
}

// A host name: labels of letters, digits and inner hyphens, at least one dot, a letter TLD.
const DOMAIN_PATTERN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function isValidDomain(domain: string): boolean {
  return DOMAIN_PATTERN.test(domain);
}
