import type { ProjectType } from "../lib/competencies/project-types";
import type { DEMO_USERS } from "./demo-organisations";

// The demo references, oldest first. Days are counted back from the moment the demo is loaded.
// The AWAITING_APPROVAL request first sent 43 days ago comes LAST: the earlier simulated
// scheduled-job runs must not approve it, so the real job can be seen doing so.

type By = keyof typeof DEMO_USERS;

export type DemoReference = {
  by: By;
  location: "Seattle" | "Munich" | "Sydney" | "Lisbon";
  sentDaysAgo: number;
  completedDaysBeforeSend: number;
  resentDaysAgo?: number[];
  outcome?:
    | { kind: "approve" | "reject"; daysAgo: number }
    | { kind: "cancel"; daysAgo: number; programAdministrator: string; note?: string }
    | { kind: "auto" };
  assign?: { by: By; competency: string; daysAgo: number };
  /** R17: the customer's mail server refused the request email for good, with this answer. */
  bounce?: string;
  input: {
    customerCompany: string;
    contactName: string;
    contactEmail: string;
    projectTitle: string;
    projectDescription: string;
    projectType: ProjectType;
  };
};

const ref = (
  by: By,
  location: DemoReference["location"],
  sentDaysAgo: number,
  input: DemoReference["input"],
  rest: Partial<DemoReference> = {},
): DemoReference => ({ by, location, sentDaysAgo, completedDaysBeforeSend: 21, input, ...rest });

const person = (name: string, domain: string) => ({
  contactName: name,
  contactEmail: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@${domain}.example`,
});

export const DEMO_REFERENCES: DemoReference[] = [
  // Approved 415 days ago: still assigned to Data Platform, it stopped counting after 12 months (R19).
  ref(
    "munichAdmin",
    "Munich",
    420,
    {
      customerCompany: "Trey Research",
      ...person("Paul Weber", "treyresearch"),
      projectTitle: "Lab data warehouse",
      projectDescription: "One warehouse for the results of four research labs.",
      projectType: "DATABASE",
    },
    {
      outcome: { kind: "approve", daysAgo: 415 },
      assign: { by: "munichAdmin", competency: "Data Platform", daysAgo: 410 },
    },
  ),
  ref(
    "munichAdmin",
    "Munich",
    150,
    {
      customerCompany: "Adventure Works Cycles",
      ...person("Lukas Brenner", "adventure-works"),
      projectTitle: "Sales database upgrade to SQL 2025",
      projectDescription:
        "Upgraded the sales and inventory databases, with zero-downtime cut-over across three plants.",
      projectType: "DATABASE",
    },
    {
      outcome: { kind: "approve", daysAgo: 140 },
      assign: { by: "munichAdmin", competency: "Data Platform", daysAgo: 138 },
    },
  ),
  ref(
    "seattleAdmin",
    "Seattle",
    120,
    {
      customerCompany: "Northwind Traders",
      ...person("Nancy Davolio", "northwind"),
      projectTitle: "Order platform migration",
      projectDescription: "Moved the order platform and its reporting to the cloud in three waves.",
      projectType: "CLOUD_MIGRATION",
    },
    {
      outcome: { kind: "approve", daysAgo: 115 },
      assign: { by: "seattleAdmin", competency: "Cloud Platform", daysAgo: 110 },
    },
  ),
  // Two more Cloud Platform references, so the demo shows a competency whose silver level is met.
  // This one was approved 300 days ago: silver lapses in about two months (R19, "at risk").
  ref(
    "seattleAdmin",
    "Seattle",
    300,
    {
      customerCompany: "City Power & Light",
      ...person("Kim Abercrombie", "citypowerlight"),
      projectTitle: "Grid telemetry landing zone",
      projectDescription: "Built the cloud landing zone that collects telemetry from 40 substations.",
      projectType: "CLOUD_INFRASTRUCTURE",
    },
    {
      outcome: { kind: "approve", daysAgo: 295 },
      assign: { by: "seattleAdmin", competency: "Cloud Platform", daysAgo: 290 },
    },
  ),
  ref(
    "contosoGlobal",
    "Sydney",
    180,
    {
      customerCompany: "Bellows College",
      ...person("Ravi Kumar", "bellowscollege"),
      projectTitle: "Student portal migration",
      projectDescription: "Migrated the student portal and its identity services to the cloud.",
      projectType: "CLOUD_MIGRATION",
    },
    {
      outcome: { kind: "approve", daysAgo: 170 },
      assign: { by: "contosoGlobal", competency: "Cloud Platform", daysAgo: 168 },
    },
  ),
  ref(
    "munichAdmin",
    "Munich",
    110,
    {
      customerCompany: "Proseware, Inc.",
      ...person("Jonas Keller", "proseware"),
      projectTitle: "Datacenter exit to the cloud",
      projectDescription:
        "Migrated 140 virtual machines and the licensing server out of the Frankfurt datacenter.",
      projectType: "CLOUD_MIGRATION",
    },
    { resentDaysAgo: [100], outcome: { kind: "auto" } },
  ),
  ref(
    "contosoGlobal",
    "Seattle",
    100,
    {
      customerCompany: "Wide World Importers",
      ...person("Hannah Lee", "wideworldimporters"),
      projectTitle: "Supply-chain analytics",
      projectDescription: "Built a shipment and supplier dashboard on the existing data warehouse.",
      projectType: "BUSINESS_INTELLIGENCE",
    },
    { outcome: { kind: "auto" } },
  ),
  ref(
    "seattleAdmin",
    "Seattle",
    95,
    {
      customerCompany: "Tailspin Toys",
      ...person("Marcus Hill", "tailspintoys"),
      projectTitle: "Release pipeline for the web shop",
      projectDescription: "Automated builds, tests and blue-green deployments for the web shop.",
      projectType: "DEVOPS",
    },
    { outcome: { kind: "approve", daysAgo: 90 } },
  ),
  ref(
    "contosoGlobal",
    "Sydney",
    90,
    {
      customerCompany: "School of Fine Art",
      ...person("Olivia Tran", "schooloffineart"),
      projectTitle: "Campus-wide productivity suite",
      projectDescription: "Rolled out mail, documents and meetings to 2,300 staff and students.",
      projectType: "PRODUCTIVITY_DEPLOYMENT",
    },
    { outcome: { kind: "approve", daysAgo: 85 } },
  ),
  ref(
    "munichAdmin",
    "Munich",
    80,
    {
      customerCompany: "Margie's Travel",
      ...person("Sophie Wagner", "margiestravel"),
      projectTitle: "Managed devices for travel agents",
      projectDescription: "Enrolled 600 laptops and phones in device management with conditional access.",
      projectType: "MOBILITY",
    },
    { outcome: { kind: "approve", daysAgo: 75 } },
  ),
  ref(
    "seattleAdmin",
    "Seattle",
    70,
    {
      customerCompany: "Woodgrove Bank",
      ...person("Ethan Brooks", "woodgrovebank"),
      projectTitle: "Security assessment of online banking",
      projectDescription: "Threat model and penetration test of the online banking front end.",
      projectType: "SECURITY",
    },
    { outcome: { kind: "reject", daysAgo: 66 } },
  ),
  // R21: rejected long ago; the demo's scheduled run has erased its contact (README, "Demo data").
  ref(
    "seattleAdmin",
    "Seattle",
    215,
    {
      customerCompany: "Lamna Healthcare",
      ...person("Owen Harper", "lamnahealthcare"),
      projectTitle: "Toy catalog search",
      projectDescription: "Search and recommendations for the online toy catalog.",
      projectType: "APPLICATION_DEVELOPMENT",
    },
    { outcome: { kind: "reject", daysAgo: 210 } },
  ),
  ref(
    "munichAdmin",
    "Munich",
    60,
    {
      customerCompany: "Trey Research",
      ...person("Anna Fischer", "treyresearch"),
      projectTitle: "Lab compute cluster",
      projectDescription: "Designed and installed the on-premises compute cluster for the genomics lab.",
      projectType: "DATACENTER",
    },
    { outcome: { kind: "reject", daysAgo: 57 } },
  ),
  ref(
    "seattleAdmin",
    "Seattle",
    30,
    {
      customerCompany: "Litware, Inc.",
      ...person("Grace Kim", "litware"),
      projectTitle: "Field service mobile app",
      projectDescription: "A mobile app for field technicians with offline work orders.",
      projectType: "APPLICATION_DEVELOPMENT",
    },
    {
      outcome: {
        kind: "cancel",
        daysAgo: 25,
        programAdministrator: "Dana Whitfield",
        note: "The contact has left Litware.",
      },
    },
  ),
  ref(
    "contosoGlobal",
    "Sydney",
    25,
    {
      customerCompany: "Graphic Design Institute",
      ...person("Liam Walker", "graphicdesigninstitute"),
      projectTitle: "Small-office cloud setup",
      projectDescription: "Mail, file sharing and backups for a 40-person design school.",
      projectType: "SMB_CLOUD",
    },
    { resentDaysAgo: [9] },
  ),
  ref(
    "seattleAdmin",
    "Seattle",
    20,
    {
      customerCompany: "Alpine Ski House",
      ...person("Emma Schmid", "alpineskihouse"),
      projectTitle: "Booking office productivity rollout",
      projectDescription: "Moved the booking office to the productivity suite before the winter season.",
      projectType: "PRODUCTIVITY_DEPLOYMENT",
    },
    { resentDaysAgo: [10] },
  ),
  ref(
    "contosoGlobal",
    "Sydney",
    20,
    {
      customerCompany: "Humongous Insurance",
      ...person("Noah Clarke", "humongousinsurance"),
      projectTitle: "Identity protection rollout",
      projectDescription: "Multi-factor sign-in and risk policies for 1,200 agents.",
      projectType: "SECURITY",
    },
    { outcome: { kind: "cancel", daysAgo: 18, programAdministrator: "Dana Whitfield" } },
  ),
  ref("fabrikamGlobal", "Lisbon", 15, {
    customerCompany: "Relecloud",
    ...person("Inês Costa", "relecloud"),
    projectTitle: "Continuous delivery for the booking API",
    projectDescription: "Pipelines, infrastructure as code and automated rollbacks for the booking API.",
    projectType: "DEVOPS",
  }),
  ref("munichAdmin", "Munich", 12, {
    customerCompany: "Lucerne Publishing",
    ...person("Felix Huber", "lucernepublishing"),
    projectTitle: "Editorial collaboration portal",
    projectDescription: "A shared workspace for editors, authors and translators.",
    projectType: "COLLABORATION",
  }),
  ref("munichAdmin", "Munich", 5, {
    customerCompany: "Blue Yonder Airlines",
    ...person("Clara Becker", "blueyonderairlines"),
    projectTitle: "Crew tablet deployment",
    projectDescription: "Deployed and locked down 900 crew tablets.",
    projectType: "WINDOWS_DEPLOYMENT",
  }),
  ref("seattleAdmin", "Seattle", 2, {
    customerCompany: "Coho Winery",
    ...person("Diego Ramirez", "cohowinery"),
    projectTitle: "Mail migration to the cloud",
    projectDescription: "Moved 85 mailboxes and shared calendars from the old on-premises server.",
    projectType: "MESSAGING",
  }),
  ref("contosoGlobal", "Sydney", 1, {
    customerCompany: "VanArsdel, Ltd.",
    ...person("Mia Thompson", "vanarsdel"),
    projectTitle: "Landing zone for new workloads",
    projectDescription: "Network, identity and policy foundation for the first cloud workloads.",
    projectType: "CLOUD_INFRASTRUCTURE",
  }),
  // R17: a typing mistake in the address; the customer's server refused it (correct it on its page).
  // Sent 6 days ago, so no resend is due yet (the e2e resend test takes the first one that is).
  ref(
    "contosoGlobal",
    "Seattle",
    6,
    {
      customerCompany: "A. Datum Corporation",
      contactName: "Owen Price",
      contactEmail: "owen.prise@adatum.example",
      projectTitle: "Analytics on the factory floor",
      projectDescription: "Sensor data from three plants in one reporting model.",
      projectType: "BUSINESS_INTELLIGENCE",
    },
    { bounce: "550 EENVELOPE Mailbox unavailable: no such user owen.prise@adatum.example" },
  ),
  // Last, see above: awaiting for 43 days, resent on day 10; the scheduled job will auto-approve it.
  ref(
    "seattleAdmin",
    "Seattle",
    43,
    {
      customerCompany: "Fourth Coffee",
      ...person("Ava Martin", "fourthcoffee"),
      projectTitle: "Store network infrastructure",
      projectDescription: "Cloud-hosted point-of-sale back end and network for 30 coffee shops.",
      projectType: "CLOUD_INFRASTRUCTURE",
    },
    { resentDaysAgo: [33] },
  ),
];
