import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { domainOf, isConsumerDomain, isValidDomain } from "../customers/address";
import { getDb } from "../db/client";
import { TX_OPTIONS } from "../references/tx";
import { ok, type Result, refuse } from "../result";
import { isAgent } from "../users/permissions";
import { ADMIN_MESSAGES } from "../users/wording";

// R16: a partner's own email domains. Its people are not its customers, so a request to an address
// at one of them is refused. Filled at onboarding, edited by agents.

export const MAX_DOMAINS = 20;

/** The first Global Administrator's domain, unless it is a consumer mail provider. */
export function domainsAtOnboarding(adminEmail: string): string[] {
  const domain = domainOf(adminEmail);
  return domain && !isConsumerDomain(domain) && isValidDomain(domain) ? [domain] : [];
}

/** "contoso.com, Contoso.de\nfabrikam.com" → the domains, or the reason they are refused. */
export function parseDomains(text: unknown): { domains: string[] } | { error: string } {
  if (typeof text !== "string" || text.length > 2000) return { error: "Enter at most 2000 characters." };
  const domains = [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((d) => d.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (domains.length > MAX_DOMAINS) return { error: `Enter at most ${MAX_DOMAINS} domains.` };
  const malformed = domains.find((d) => !isValidDomain(d));
  if (malformed) return { error: `“${malformed}” is not a domain name. Enter domains such as contoso.com.` };
  const consumer = domains.find(isConsumerDomain);
  if (consumer)
    return {
      error: `${consumer} is a consumer mail provider, not the partner's own domain: customers use it too.`,
    };
  return { domains };
}

export async function setPartnerDomains(options: {
  actor: Actor;
  partnerId: string;
  domains: unknown;
  now: Date;
}): Promise<Result<{ domains: string[] }>> {
  const { actor, partnerId, now } = options;
  if (!isAgent(actor)) return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenAgent);
  const parsed = parseDomains(options.domains);
  if ("error" in parsed)
    return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, { domains: [parsed.error] });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const partner = await tx.partner.findUnique({
      where: { id: partnerId },
      select: { name: true, emailDomains: true },
    });
    if (!partner) return refuse("NOT_FOUND", ADMIN_MESSAGES.partnerNotFound);
    await tx.partner.update({ where: { id: partnerId }, data: { emailDomains: parsed.domains } });
    await recordAudit(tx, {
      partnerId,
      kind: "PARTNER",
      action: "partner.domains_changed",
      subjectId: partnerId,
      subjectLabel: partner.name,
      actor,
      at: now,
      before: { emailDomains: partner.emailDomains },
      after: { emailDomains: parsed.domains },
    });
    return ok({ domains: parsed.domains });
  }, TX_OPTIONS);
}
