import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, actionLabel } from "@/lib/audit/wording";
import { portalTranslator } from "@/lib/i18n/portal";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";

// The settings catalogue mirrors lib's English names of audit actions, activity kinds and webhook
// events, keyed by what is stored ("user.invited" → activity.actions.user.invited), so that
// /settings/activity and /settings/webhooks speak the portal language. A new action added to
// lib/audit/wording.ts must be added there too, or the activity page shows it in English.

/** Every action lib/audit/wording.ts names (its ACTIONS table is private: read from the source). */
function auditActions(): string[] {
  const source = readFileSync("lib/audit/wording.ts", "utf8");
  const table = source.slice(source.indexOf("const ACTIONS"), source.indexOf("export function actionLabel"));
  return [...table.matchAll(/^\s+"?([\w.]+)"?: "/gm)].map((m) => m[1] as string);
}

describe("settings catalogue mirrors lib's English labels", () => {
  const t = portalTranslator("en", "settings");

  it("names every audit action as lib/audit/wording.ts does", () => {
    const actions = auditActions();
    expect(actions.length).toBeGreaterThan(40);
    for (const action of actions) {
      const key = `activity.actions.${action}` as Parameters<typeof t>[0];
      expect(t.has(key), action).toBe(true);
      expect(t(key), action).toBe(actionLabel(action));
    }
  });

  it("names every activity kind and webhook event as lib does", () => {
    for (const kind of ACTIVITY_KINDS) expect(t(`activity.kinds.${kind}`)).toBe(ACTIVITY_KIND_LABELS[kind]);
    for (const type of WEBHOOK_EVENT_TYPES)
      expect(t(`webhooks.events.${type}`)).toBe(WEBHOOK_EVENT_LABELS[type]);
  });

  it("keeps English byte-identical where a count or status is put in", () => {
    expect(t("locations.references", { count: 1 })).toBe("1 reference");
    expect(t("locations.references", { count: 1234 })).toBe("1234 references");
    expect(t("client.endpointActions.answered", { status: 204, delivered: "yes" })).toBe(
      "Answered HTTP 204 — delivered.",
    );
    expect(t("client.endpointActions.answered", { status: 500, delivered: "no" })).toBe("Answered HTTP 500.");
    expect(t("invitations.revokeQuestion", { name: "Ann" })).toBe(
      "Revoke Ann's invitation? The link in their email stops working.",
    );
  });

  it("translates them in the other languages", () => {
    expect(portalTranslator("de", "settings")("activity.actions.user.invited")).toBe("Person eingeladen");
    expect(portalTranslator("ja", "settings")("webhooks.events.reference.created")).toBe("参照を作成");
  });
});
