import type { ServiceCaseType } from "../db/generated/enums";

// How cases are named in the notices (the case list has its own copy for now: components take
// only types from lib/).

export const CASE_TYPE_LABELS: Record<ServiceCaseType, string> = {
  CANCELLATION: "Cancellation request",
  ASSIGNMENT_HELP: "Help with assigning",
};
