import { describe, expect, it } from "vitest";
import { clientMessages } from "@/lib/i18n/portal";

// Only the client messages a part of the portal names travel with its pages (decision 090).

describe("clientMessages", () => {
  it("takes whole areas' client subtrees or single namespaces, nothing else", () => {
    const picked = clientMessages("de", ["common", "serviceCenter.client.cancelForm"]) as Record<
      string,
      { client: Record<string, unknown> }
    >;
    expect(Object.keys(picked).sort()).toEqual(["common", "serviceCenter"]);
    expect(Object.keys(picked.serviceCenter!.client)).toEqual(["cancelForm"]);
    expect(picked.common!.client.signOut).toBe("Abmelden");
  });

  it("stays small: the most any portal page carries is a few kilobytes", () => {
    const largest = clientMessages("de", [
      "common",
      "referenceList",
      "referenceDetail",
      "serviceCenter.client.cancelForm",
    ]);
    expect(JSON.stringify(largest).length).toBeLessThan(6_000);
  });
});

describe("compiled client messages", () => {
  it("are plain data a server component may pass to a client component", () => {
    const plainOnly = (value: unknown): boolean =>
      typeof value !== "object" ||
      value === null ||
      ((Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) &&
        Object.values(value).every(plainOnly));
    expect(plainOnly(clientMessages("de", ["common", "serviceCenter"]))).toBe(true);
  });
});
