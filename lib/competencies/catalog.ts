import type { ProjectType } from "./project-types";

export interface CompetencyDefinition {
  name: string;
  silverRequired: number;
  goldRequired: number;
  projectTypes: ProjectType[];
}

// The competencies of the original program. Silver needs 3 and gold 5 references unless a
// competency says otherwise ("there are exceptions"); Datacenter and Security are such exceptions.
export const COMPETENCY_CATALOG: CompetencyDefinition[] = [
  {
    name: "Application Development",
    silverRequired: 3,
    goldRequired: 5,
    projectTypes: ["APPLICATION_DEVELOPMENT", "DEVOPS"],
  },
  {
    name: "Cloud Platform",
    silverRequired: 3,
    goldRequired: 5,
    projectTypes: ["CLOUD_MIGRATION", "CLOUD_INFRASTRUCTURE"],
  },
  {
    name: "Cloud Productivity",
    silverRequired: 3,
    goldRequired: 5,
    projectTypes: ["PRODUCTIVITY_DEPLOYMENT", "MESSAGING"],
  },
  { name: "Collaboration and Content", silverRequired: 3, goldRequired: 5, projectTypes: ["COLLABORATION"] },
  { name: "Data Analytics", silverRequired: 3, goldRequired: 5, projectTypes: ["BUSINESS_INTELLIGENCE"] },
  {
    name: "Data Platform",
    silverRequired: 3,
    goldRequired: 5,
    projectTypes: ["DATABASE", "BUSINESS_INTELLIGENCE"],
  },
  {
    name: "Datacenter",
    silverRequired: 4,
    goldRequired: 8,
    projectTypes: ["DATACENTER", "CLOUD_INFRASTRUCTURE"],
  },
  { name: "DevOps", silverRequired: 3, goldRequired: 5, projectTypes: ["DEVOPS"] },
  { name: "Enterprise Mobility Management", silverRequired: 3, goldRequired: 5, projectTypes: ["MOBILITY"] },
  { name: "Messaging", silverRequired: 3, goldRequired: 5, projectTypes: ["MESSAGING"] },
  { name: "Security", silverRequired: 2, goldRequired: 4, projectTypes: ["SECURITY"] },
  {
    name: "Small and Midmarket Cloud Solutions",
    silverRequired: 3,
    goldRequired: 5,
    projectTypes: ["SMB_CLOUD", "PRODUCTIVITY_DEPLOYMENT", "CLOUD_MIGRATION"],
  },
  {
    name: "Windows and Devices",
    silverRequired: 3,
    goldRequired: 5,
    projectTypes: ["WINDOWS_DEPLOYMENT", "MOBILITY"],
  },
];
