import { readFileSync } from "node:fs";
import { parse } from "@babel/parser";

// Finds user-facing English written straight into the UI code: JSX text, user-facing attributes
// (aria-label, title, placeholder, alt, label…), strings a JSX expression renders, and the label-like
// properties of objects pages describe forms and menus with. What a page shows must come from the
// catalogues (lib/i18n/messages/portal), so every language gets it. Used by
// tests/unit/no-english.test.ts and `npx tsx scripts/i18n/find-english.ts` (lists the findings).

export type Finding = { file: string; line: number; text: string };

const USER_FACING_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "title",
  "placeholder",
  "alt",
  "label",
  "pendingLabel",
  "submitLabel",
  "successMessage",
  "confirmLabel",
  "cancelLabel",
  "message",
  "heading",
  "description",
  "hint",
  "emptyText",
  "summary",
  "caption",
]);

const USER_FACING_PROPERTIES = new Set([
  "label",
  "title",
  "heading",
  "description",
  "hint",
  "placeholder",
  "message",
  "successMessage",
  "submitLabel",
  "pendingLabel",
  "confirmLabel",
  "emptyText",
  "caption",
]);

/** Two letters in a row: a word, not a symbol such as "—", "·" or "×". */
const WORDY = /[A-Za-z]{2,}/;

type Node = { type: string; loc?: { start: { line: number } }; [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && typeof (value as Node).type === "string";
}

function stringOf(node: Node | undefined): string | null {
  if (!node) return null;
  if (node.type === "StringLiteral") return node.value as string;
  if (node.type === "TemplateLiteral") {
    const quasis = node.quasis as { value: { cooked: string } }[];
    return quasis.map((q) => q.value.cooked).join(" ");
  }
  return null;
}

/** Strings a JSX expression would render: literals, and both arms of ?: / || / ??. */
function renderedStrings(node: Node | undefined, out: Node[] = []): Node[] {
  if (!node) return out;
  if (node.type === "StringLiteral" || node.type === "TemplateLiteral") out.push(node);
  else if (node.type === "ConditionalExpression") {
    renderedStrings(node.consequent as Node, out);
    renderedStrings(node.alternate as Node, out);
  } else if (node.type === "LogicalExpression") {
    renderedStrings(node.right as Node, out);
  }
  return out;
}

export function scanSource(file: string, source: string): Finding[] {
  const ast = parse(source, { sourceType: "module", plugins: ["jsx", "typescript"], errorRecovery: true });
  const findings: Finding[] = [];
  const report = (node: Node, text: string) => {
    const clean = text.replace(/\s+/g, " ").trim();
    if (WORDY.test(clean)) findings.push({ file, line: node.loc?.start.line ?? 0, text: clean });
  };
  const visit = (node: Node, parent: Node | null) => {
    switch (node.type) {
      case "JSXText":
        report(node, node.value as string);
        break;
      case "JSXAttribute": {
        const name = (node.name as Node).name as string;
        const value = node.value as Node | null;
        if (value && USER_FACING_ATTRIBUTES.has(name)) {
          if (value.type === "StringLiteral") report(value, value.value as string);
          else if (value.type === "JSXExpressionContainer")
            for (const s of renderedStrings(value.expression as Node)) report(s, stringOf(s) ?? "");
        }
        break;
      }
      case "JSXExpressionContainer":
        if (parent?.type === "JSXElement" || parent?.type === "JSXFragment")
          for (const s of renderedStrings(node.expression as Node)) report(s, stringOf(s) ?? "");
        break;
      case "ObjectProperty": {
        const key = node.key as Node;
        const name = key.type === "Identifier" ? (key.name as string) : stringOf(key);
        if (name && USER_FACING_PROPERTIES.has(name))
          for (const s of renderedStrings(node.value as Node)) report(s, stringOf(s) ?? "");
        break;
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === "loc" || key === "leadingComments" || key === "trailingComments") continue;
      if (Array.isArray(child)) for (const c of child) if (isNode(c)) visit(c, node);
      if (isNode(child)) visit(child, node);
    }
  };
  visit(ast.program as unknown as Node, null);
  return findings;
}

export function scanFile(file: string): Finding[] {
  return scanSource(file, readFileSync(file, "utf8"));
}
