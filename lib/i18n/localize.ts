import { PROJECT_TYPES } from "../competencies/project-types";
import { formatDay } from "../dates";
import { STATUS_LABELS } from "../references/wording";
import { type PortalLocale, portalMessages, portalTranslator } from "./portal";
import { PORTAL_EN } from "./portal-messages";

// lib/ speaks the rules' exact English (rules.md quotes it, tests assert it, the API answers with
// it); the portal translates it at the boundary: server actions (lib/actions/action.ts), pages and
// emails call localizeLibText. Each English sentence has its message in the `rules` catalogue
// (lib/i18n/messages/portal/rules/en.json), found here by its wording:
//   - a fixed sentence by exact look-up (a Map built once from the English catalogue);
//   - a sentence with variable parts ("This request is already {status}.") by a pattern compiled
//     once from its ICU message; the parts read back are turned into the target language by name:
//     {status} a status label, {date} a day as formatDay writes it, {projectType} and {types}
//     project types, {minutes} a count, {max}/{min} numbers; anything else (a competency's or a
//     domain's name) is data and kept as it is.
// Unknown text passes through unchanged; English is never touched.

type Tree = { [key: string]: string | Tree };
type Values = Record<string, string | number>;

/** Arguments read back as numbers: a plural's count and the limits lib puts in its sentences. */
const NUMERIC = new Set(["max", "min", "minutes"]);

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[path, value] as [string, string]] : flatten(value, path);
  });
}

// --- A small reader for the ICU the rules catalogue uses: text, {arg}, {n, plural, one {…} other {…}}.

type IcuNode =
  | { kind: "text"; text: string }
  | { kind: "arg"; name: string }
  | { kind: "pound"; name: string }
  | { kind: "plural"; name: string; options: IcuNode[][] };

function readIcu(message: string): IcuNode[] {
  let at = 0;
  const readUntil = (stops: string) => {
    const start = at;
    while (at < message.length && !stops.includes(message[at]!)) at += 1;
    return message.slice(start, at);
  };
  const readNodes = (plural: string | null, nested: boolean): IcuNode[] => {
    const nodes: IcuNode[] = [];
    let text = "";
    const flush = () => {
      if (text) nodes.push({ kind: "text", text });
      text = "";
    };
    while (at < message.length) {
      const ch = message[at]!;
      if (ch === "}" && nested) break;
      if (ch === "#" && plural) {
        flush();
        nodes.push({ kind: "pound", name: plural });
        at += 1;
        continue;
      }
      if (ch !== "{") {
        text += ch;
        at += 1;
        continue;
      }
      flush();
      at += 1;
      const name = readUntil(",}").trim();
      if (message[at] === "}") {
        at += 1;
        nodes.push({ kind: "arg", name });
        continue;
      }
      at += 1;
      const type = readUntil(",").trim();
      at += 1;
      if (type !== "plural") throw new Error(`rules catalogue: unsupported {${name}, ${type}}`);
      const options: IcuNode[][] = [];
      for (;;) {
        readUntil("{}");
        if (message[at] === "}") break;
        at += 1;
        options.push(readNodes(name, true));
        at += 1; // the option's closing brace
      }
      at += 1; // the plural's closing brace
      nodes.push({ kind: "plural", name, options });
    }
    flush();
    return nodes;
  };
  return readNodes(null, false);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Pattern {
  key: string;
  regex: RegExp;
  /** The argument each capture group reads (index 1 first). */
  groups: string[];
  /** How much fixed text the message has: the most specific patterns are tried first. */
  literal: number;
}

function compile(key: string, message: string): Pattern {
  const groups: string[] = [];
  const seen = new Map<string, number>();
  let literal = 0;
  const source = (nodes: IcuNode[]): string =>
    nodes
      .map((node) => {
        if (node.kind === "text") {
          literal += node.text.length;
          return escapeRegExp(node.text);
        }
        if (node.kind === "pound") {
          groups.push(node.name);
          return "(\\d[\\d,]*)";
        }
        if (node.kind === "plural") return `(?:${node.options.map(source).join("|")})`;
        const earlier = seen.get(node.name);
        if (earlier) return `\\${earlier}`; // the same value again ("{competency} accepts: …")
        groups.push(node.name);
        seen.set(node.name, groups.length);
        return NUMERIC.has(node.name) ? "(\\d[\\d,.]*)" : "(.+?)";
      })
      .join("");
  const regex = new RegExp(`^${source(readIcu(message))}$`, "s");
  return { key, regex, groups, literal };
}

interface Lookup {
  exact: Map<string, string>;
  patterns: Pattern[];
}

let lookup: Lookup | undefined;

function buildLookup(): Lookup {
  const exact = new Map<string, string>();
  const patterns: Pattern[] = [];
  for (const [key, message] of flatten(PORTAL_EN.rules as Tree)) {
    if (message.includes("{")) patterns.push(compile(key, message));
    else if (!exact.has(message)) exact.set(message, key);
  }
  // Status labels on their own read as common.statuses.
  for (const [status, label] of Object.entries(STATUS_LABELS)) exact.set(label, `status:${status}`);
  // The most fixed text first, so a pattern with little text cannot take another's sentence.
  patterns.sort((a, b) => b.literal - a.literal);
  return { exact, patterns };
}

/** The rules message an English lib sentence is, with the variable parts it carries; null if none. */
export function matchLibText(text: string): { key: string; values: Record<string, string> } | null {
  lookup ??= buildLookup();
  const key = lookup.exact.get(text);
  if (key) return { key, values: {} };
  for (const pattern of lookup.patterns) {
    const match = pattern.regex.exec(text);
    if (!match) continue;
    const values: Record<string, string> = {};
    pattern.groups.forEach((name, i) => {
      const value = match[i + 1];
      if (value !== undefined && values[name] === undefined) values[name] = value;
    });
    return { key: pattern.key, values };
  }
  return null;
}

/** Whether lib's English sentence has a message in the rules catalogue (tests use it). */
export function isKnownLibText(text: string): boolean {
  return matchLibText(text) !== null;
}

// --- The variable parts, in the target language.

const STATUS_BY_LABEL = new Map<string, string>(
  Object.entries(STATUS_LABELS).map(([status, label]) => [label, status]),
);
const TYPE_BY_LABEL = new Map<string, string>(
  Object.entries(PROJECT_TYPES).map(([type, label]) => [label, type]),
);
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "3 Dec 2026" (formatDay's English) as a date, or null. */
function parseEnglishDay(text: string): Date | null {
  const match = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(text);
  const month = match ? MONTHS.indexOf(match[2]!) : -1;
  return match && month >= 0 ? new Date(Date.UTC(Number(match[3]), month, Number(match[1]))) : null;
}

/** A project type's label in the portal language (its English label for an unknown type). */
export function localizedProjectType(locale: PortalLocale, type: string): string {
  const labels = portalMessages(locale).rules.projectTypes as Record<string, string>;
  return labels[type] ?? (PROJECT_TYPES as Record<string, string>)[type] ?? type;
}

function localizedStatus(locale: PortalLocale, label: string): string {
  const status = STATUS_BY_LABEL.get(label);
  const labels = portalMessages(locale).common.statuses as Record<string, string>;
  return (status && labels[status]) || label;
}

const typeLabel = (locale: PortalLocale, label: string) => {
  const type = TYPE_BY_LABEL.get(label);
  return type ? localizedProjectType(locale, type) : label;
};

function localizedValue(locale: PortalLocale, name: string, value: string): string | number {
  switch (name) {
    case "status":
      return localizedStatus(locale, value);
    case "date": {
      const day = parseEnglishDay(value);
      return day ? formatDay(day, locale) : value;
    }
    case "projectType":
      return typeLabel(locale, value);
    case "types":
      return value
        .split(", ")
        .map((label) => typeLabel(locale, label))
        .join(locale === "ja" ? "、" : ", ");
    case "minutes":
      return Number(value.replaceAll(",", ""));
    default:
      return value; // data (a competency's name, a domain) or a number kept as lib wrote it
  }
}

type Format = (key: string, values?: Values) => string;
const formats = new Map<PortalLocale, Format>();

function formatIn(locale: PortalLocale): Format {
  let format = formats.get(locale);
  if (!format) {
    format = portalTranslator(locale, "rules") as unknown as Format;
    formats.set(locale, format);
  }
  return format;
}

/**
 * A sentence produced in lib/ (a rule's refusal, a field error, a reason an action is not offered),
 * in the portal language. lib/ speaks the rules' exact English (rules.md; the API answers with it);
 * pages and actions translate at the boundary. English and unknown text pass through unchanged.
 */
export function localizeLibText(locale: PortalLocale, text: string): string {
  if (locale === "en" || !text) return text;
  const found = matchLibText(text);
  if (!found) return text;
  if (found.key.startsWith("status:")) return localizedStatus(locale, text);
  const values: Values = {};
  for (const [name, value] of Object.entries(found.values))
    values[name] = localizedValue(locale, name, value);
  return formatIn(locale)(found.key, values);
}

/** Each field's messages, as localizeLibText gives them. */
export function localizeFieldErrors<F extends Record<string, string[] | undefined>>(
  locale: PortalLocale,
  fieldErrors: F,
): F {
  if (locale === "en") return fieldErrors;
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [
      field,
      messages?.map((message) => localizeLibText(locale, message)),
    ]),
  ) as F;
}
