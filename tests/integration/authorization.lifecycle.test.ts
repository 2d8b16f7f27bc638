import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { CANCEL_FORBIDDEN, cancelReference } from "@/lib/references/cancel";
import { createReference } from "@/lib/references/create";
import { resendReference } from "@/lib/references/resend";
import { MESSAGES } from "@/lib/references/wording";
import { DAY, insertReference, seedWorld, type World } from "../support/factories";
import { rowCounts, T0, validInput } from "../support/lifecycle";

// Who may do what with a request of Contoso's Seattle location (R5, R12), row by row.

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

type Who = keyof World["actors"];
const R5 = { ok: false, code: "FORBIDDEN_CREATE", message: MESSAGES.createForbidden };
const HIDDEN = { ok: false, code: "NOT_FOUND", message: MESSAGES.notFound };
const NO_CANCEL = { ok: false, code: "FORBIDDEN", message: CANCEL_FORBIDDEN };

const actor = (who: Who): Actor => world.actors[who];
const dueRequest = () =>
  insertReference(world, { location: "Seattle", firstSentAt: new Date(T0.getTime() - 8 * DAY) });

describe("R5: who may create a request for Seattle", () => {
  it.each<[string, string, Who, "allow" | typeof R5]>([
    ["Global Administrator", "allowed", "global", "allow"],
    ["Local Administrator of Seattle", "allowed", "seattle", "allow"],
    ["Local Administrator of Munich", "refused with the R5 message", "munich", R5],
    ["member", "refused with the R5 message", "member", R5],
    ["Fabrikam's Global Administrator", "refused with the R5 message", "fabrikam", R5],
    ["service-center agent", "refused with the R5 message", "agent", R5],
  ])("R5: create — %s → %s", async (_label, _outcome, who, expected) => {
    const before = await rowCounts();
    const result = await createReference({ actor: actor(who), input: validInput(world), now: T0 });
    if (expected === "allow") {
      expect(result.ok).toBe(true);
      expect((await rowCounts()).references).toBe(before.references + 1);
    } else {
      expect(result).toEqual(expected);
      expect(await rowCounts()).toEqual(before);
    }
  });
});

describe("R5: who may resend a Seattle request", () => {
  it.each<[string, string, Who, "allow" | typeof R5 | typeof HIDDEN]>([
    ["Global Administrator", "allowed", "global", "allow"],
    ["Local Administrator of Seattle", "allowed", "seattle", "allow"],
    ["Local Administrator of Munich", "refused with the R5 message", "munich", R5],
    ["member", "refused with the R5 message", "member", R5],
    // Another partner's request is invisible to them: it answers like an unknown id.
    ["Fabrikam's Global Administrator", "not found (another partner's request)", "fabrikam", HIDDEN],
    ["service-center agent", "refused with the R5 message", "agent", R5],
  ])("R5: resend — %s → %s", async (_label, _outcome, who, expected) => {
    const request = await dueRequest();
    const before = await rowCounts();
    const result = await resendReference({ actor: actor(who), referenceId: request.id, now: T0 });
    if (expected === "allow") {
      expect(result).toMatchObject({ ok: true, data: { sendCount: 2 } });
    } else {
      expect(result).toEqual(expected);
      expect(await rowCounts()).toEqual(before);
    }
  });
});

describe("R12: who may cancel a Seattle request", () => {
  it.each<[string, string, Who, "allow" | typeof NO_CANCEL]>([
    ["Global Administrator", "refused (only agents cancel)", "global", NO_CANCEL],
    ["Local Administrator of Seattle", "refused (only agents cancel)", "seattle", NO_CANCEL],
    ["Local Administrator of Munich", "refused (only agents cancel)", "munich", NO_CANCEL],
    ["member", "refused (only agents cancel)", "member", NO_CANCEL],
    ["Fabrikam's Global Administrator", "refused (only agents cancel)", "fabrikam", NO_CANCEL],
    ["service-center agent", "allowed", "agent", "allow"],
  ])("R12: cancel — %s → %s", async (_label, _outcome, who, expected) => {
    const request = await dueRequest();
    const before = await rowCounts();
    const result = await cancelReference({
      actor: actor(who),
      referenceId: request.id,
      programAdministrator: "Dana Whitfield",
      now: T0,
    });
    if (expected === "allow") {
      expect(result).toEqual({ ok: true, data: { status: "CANCELED" } });
    } else {
      expect(result).toEqual(expected);
      expect(await rowCounts()).toEqual(before);
    }
  });
});
