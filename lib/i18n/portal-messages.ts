// One JSON file per area and language (lib/i18n/messages/portal/<area>/<locale>.json), each area
// owned by the pages that use it. English is the reference: every language has its keys (typed
// here, and tests/unit/translations.test.ts checks placeholders and tags).

import type { Locale } from "./locales";
import account_de from "./messages/portal/account/de.json";
import account_en from "./messages/portal/account/en.json";
import account_es from "./messages/portal/account/es.json";
import account_fr from "./messages/portal/account/fr.json";
import account_ja from "./messages/portal/account/ja.json";
import account_ptBR from "./messages/portal/account/pt-BR.json";
import agentAdmin_de from "./messages/portal/agentAdmin/de.json";
import agentAdmin_en from "./messages/portal/agentAdmin/en.json";
import agentAdmin_es from "./messages/portal/agentAdmin/es.json";
import agentAdmin_fr from "./messages/portal/agentAdmin/fr.json";
import agentAdmin_ja from "./messages/portal/agentAdmin/ja.json";
import agentAdmin_ptBR from "./messages/portal/agentAdmin/pt-BR.json";
import common_de from "./messages/portal/common/de.json";
import common_en from "./messages/portal/common/en.json";
import common_es from "./messages/portal/common/es.json";
import common_fr from "./messages/portal/common/fr.json";
import common_ja from "./messages/portal/common/ja.json";
import common_ptBR from "./messages/portal/common/pt-BR.json";
import competencies_de from "./messages/portal/competencies/de.json";
import competencies_en from "./messages/portal/competencies/en.json";
import competencies_es from "./messages/portal/competencies/es.json";
import competencies_fr from "./messages/portal/competencies/fr.json";
import competencies_ja from "./messages/portal/competencies/ja.json";
import competencies_ptBR from "./messages/portal/competencies/pt-BR.json";
import emails_de from "./messages/portal/emails/de.json";
import emails_en from "./messages/portal/emails/en.json";
import emails_es from "./messages/portal/emails/es.json";
import emails_fr from "./messages/portal/emails/fr.json";
import emails_ja from "./messages/portal/emails/ja.json";
import emails_ptBR from "./messages/portal/emails/pt-BR.json";
import referenceDetail_de from "./messages/portal/referenceDetail/de.json";
import referenceDetail_en from "./messages/portal/referenceDetail/en.json";
import referenceDetail_es from "./messages/portal/referenceDetail/es.json";
import referenceDetail_fr from "./messages/portal/referenceDetail/fr.json";
import referenceDetail_ja from "./messages/portal/referenceDetail/ja.json";
import referenceDetail_ptBR from "./messages/portal/referenceDetail/pt-BR.json";
import referenceList_de from "./messages/portal/referenceList/de.json";
import referenceList_en from "./messages/portal/referenceList/en.json";
import referenceList_es from "./messages/portal/referenceList/es.json";
import referenceList_fr from "./messages/portal/referenceList/fr.json";
import referenceList_ja from "./messages/portal/referenceList/ja.json";
import referenceList_ptBR from "./messages/portal/referenceList/pt-BR.json";
import rules_de from "./messages/portal/rules/de.json";
import rules_en from "./messages/portal/rules/en.json";
import rules_es from "./messages/portal/rules/es.json";
import rules_fr from "./messages/portal/rules/fr.json";
import rules_ja from "./messages/portal/rules/ja.json";
import rules_ptBR from "./messages/portal/rules/pt-BR.json";
import serviceCenter_de from "./messages/portal/serviceCenter/de.json";
import serviceCenter_en from "./messages/portal/serviceCenter/en.json";
import serviceCenter_es from "./messages/portal/serviceCenter/es.json";
import serviceCenter_fr from "./messages/portal/serviceCenter/fr.json";
import serviceCenter_ja from "./messages/portal/serviceCenter/ja.json";
import serviceCenter_ptBR from "./messages/portal/serviceCenter/pt-BR.json";
import settings_de from "./messages/portal/settings/de.json";
import settings_en from "./messages/portal/settings/en.json";
import settings_es from "./messages/portal/settings/es.json";
import settings_fr from "./messages/portal/settings/fr.json";
import settings_ja from "./messages/portal/settings/ja.json";
import settings_ptBR from "./messages/portal/settings/pt-BR.json";

export const PORTAL_EN = {
  common: common_en,
  referenceList: referenceList_en,
  referenceDetail: referenceDetail_en,
  competencies: competencies_en,
  account: account_en,
  settings: settings_en,
  serviceCenter: serviceCenter_en,
  agentAdmin: agentAdmin_en,
  emails: emails_en,
  rules: rules_en,
};
export type PortalMessages = typeof PORTAL_EN;
const portal_de: PortalMessages = {
  common: common_de,
  referenceList: referenceList_de,
  referenceDetail: referenceDetail_de,
  competencies: competencies_de,
  account: account_de,
  settings: settings_de,
  serviceCenter: serviceCenter_de,
  agentAdmin: agentAdmin_de,
  emails: emails_de,
  rules: rules_de,
};
const portal_fr: PortalMessages = {
  common: common_fr,
  referenceList: referenceList_fr,
  referenceDetail: referenceDetail_fr,
  competencies: competencies_fr,
  account: account_fr,
  settings: settings_fr,
  serviceCenter: serviceCenter_fr,
  agentAdmin: agentAdmin_fr,
  emails: emails_fr,
  rules: rules_fr,
};
const portal_es: PortalMessages = {
  common: common_es,
  referenceList: referenceList_es,
  referenceDetail: referenceDetail_es,
  competencies: competencies_es,
  account: account_es,
  settings: settings_es,
  serviceCenter: serviceCenter_es,
  agentAdmin: agentAdmin_es,
  emails: emails_es,
  rules: rules_es,
};
const portal_ja: PortalMessages = {
  common: common_ja,
  referenceList: referenceList_ja,
  referenceDetail: referenceDetail_ja,
  competencies: competencies_ja,
  account: account_ja,
  settings: settings_ja,
  serviceCenter: serviceCenter_ja,
  agentAdmin: agentAdmin_ja,
  emails: emails_ja,
  rules: rules_ja,
};
const portal_ptBR: PortalMessages = {
  common: common_ptBR,
  referenceList: referenceList_ptBR,
  referenceDetail: referenceDetail_ptBR,
  competencies: competencies_ptBR,
  account: account_ptBR,
  settings: settings_ptBR,
  serviceCenter: serviceCenter_ptBR,
  agentAdmin: agentAdmin_ptBR,
  emails: emails_ptBR,
  rules: rules_ptBR,
};

export const PORTAL_MESSAGES: Record<Locale, PortalMessages> = {
  en: PORTAL_EN,
  de: portal_de,
  fr: portal_fr,
  es: portal_es,
  ja: portal_ja,
  "pt-BR": portal_ptBR,
};

export const PORTAL_AREAS = [
  "common",
  "referenceList",
  "referenceDetail",
  "competencies",
  "account",
  "settings",
  "serviceCenter",
  "agentAdmin",
  "emails",
  "rules",
] as const;
