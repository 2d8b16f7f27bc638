// Kinds of customer project a reference can describe. Each competency accepts some of them (R9).
export const PROJECT_TYPES = {
  APPLICATION_DEVELOPMENT: "Custom application development",
  CLOUD_MIGRATION: "Migration to the cloud",
  CLOUD_INFRASTRUCTURE: "Cloud infrastructure deployment",
  PRODUCTIVITY_DEPLOYMENT: "Productivity suite deployment",
  COLLABORATION: "Collaboration and content solution",
  BUSINESS_INTELLIGENCE: "Business intelligence and analytics",
  DATABASE: "Database deployment or upgrade",
  DATACENTER: "Datacenter infrastructure",
  DEVOPS: "DevOps pipeline and automation",
  MOBILITY: "Device and mobility management",
  MESSAGING: "Email and messaging migration",
  SECURITY: "Security assessment or deployment",
  SMB_CLOUD: "Small business cloud solution",
  WINDOWS_DEPLOYMENT: "Windows and devices deployment",
} as const;

export type ProjectType = keyof typeof PROJECT_TYPES;

export const PROJECT_TYPE_KEYS = Object.keys(PROJECT_TYPES) as [ProjectType, ...ProjectType[]];

export function projectTypeLabel(type: string): string {
  return (PROJECT_TYPES as Record<string, string>)[type] ?? type;
}
