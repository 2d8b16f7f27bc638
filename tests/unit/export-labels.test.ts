import { expect, it } from "vitest";
import { PROJECT_TYPES } from "@/lib/competencies/project-types";
import { STATUS_LABELS } from "@/lib/references/wording";

// The export writes these labels as they are (lib/references/export.ts): none may need quoting or
// neutralising, or a CSV line would break or a spreadsheet run it as a formula.
it.each([...Object.values(PROJECT_TYPES), ...Object.values(STATUS_LABELS)])(
  "Export: the label %s is a plain CSV cell",
  (label) => {
    expect(label).not.toMatch(/^[=+\-@\t\r]|[",\r\n]/);
  },
);
