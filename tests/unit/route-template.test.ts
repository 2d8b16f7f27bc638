import { describe, expect, it } from "vitest";
import { routeTemplate } from "@/lib/ops/route-template.mjs";

describe("the request histogram's route label", () => {
  it("replaces ids and tokens, folds static files, and gives every 404 one label", () => {
    expect(routeTemplate("/references/cmxabdrdy0008x17daxinzcpl?tab=history", 200)).toBe("/references/[id]");
    expect(routeTemplate("/respond/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abc", 200)).toBe("/respond/[id]");
    expect(routeTemplate("/_next/static/chunks/main-123.js", 200)).toBe("/_next/*");
    expect(routeTemplate("/references", 200)).toBe("/references");
    expect(routeTemplate("/", 200)).toBe("/");
    expect(routeTemplate("/wp-admin/setup.php", 404)).toBe("(unmatched)");
  });
});
