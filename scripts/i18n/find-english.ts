// Lists user-facing English in the portal's UI code (what tests/unit/no-english.test.ts refuses).
import { scanFile } from "./english-scan";
import { portalUiFiles } from "./ui-files";

const findings = portalUiFiles().flatMap(scanFile);
for (const f of findings) console.log(`${f.file}:${f.line}  ${f.text}`);
console.log(`${findings.length} finding(s)`);
