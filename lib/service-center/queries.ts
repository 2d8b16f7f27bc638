import "server-only";
import type { Actor } from "../auth/actor";
import { canSeeServiceCases } from "../auth/permissions";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { type ReferenceStatus, ServiceCaseStatus, type ServiceCaseType } from "../db/generated/enums";
import { STATUS_LABELS } from "../references/wording";

// Reads of the service-center queue: visibility is in the where (agents: every partner; partner
// users: their own), counts and pages come from the database, not from the page.

export interface ServiceCaseRow {
  id: string;
  type: ServiceCaseType;
  status: ServiceCaseStatus;
  partnerId: string;
  partnerName: string;
  referenceId: string | null;
  customerCompany: string | null;
  projectTitle: string | null;
  referenceStatus: ReferenceStatus | null;
  referenceStatusLabel: string | null;
  message: string;
  programAdministrator: string | null;
  competencyId: string | null;
  competencyName: string | null;
  openedByName: string | null;
  resolvedByName: string | null;
  resolution: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}

export const CASE_PAGE_SIZE = 20;

/** Per status and in all, for the status tabs. */
export type ServiceCaseCounts = Record<ServiceCaseStatus | "ALL", number>;

export interface ServiceCaseList {
  rows: ServiceCaseRow[];
  /** Cases matching the status filter (all pages). */
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Counted on the actor's visible cases, whatever the status filter. */
  counts: ServiceCaseCounts;
}

/** R12: agents see every partner's cases, partner administrators their partner's, members none. */
function visibleCasesWhere(actor: Actor): Prisma.ServiceCaseWhereInput {
  if (!canSeeServiceCases(actor)) return { id: { in: [] } };
  return actor.kind === "agent" ? {} : { partnerId: actor.partnerId };
}

/** One page of the cases this actor may see, oldest first (agents work a queue), with the tabs' counts. */
export async function listServiceCases(options: {
  actor: Actor;
  status?: ServiceCaseStatus;
  page?: number;
  pageSize?: number;
}): Promise<ServiceCaseList> {
  const { actor } = options;
  // Status and page often come straight from a URL: an unknown status means "all", a bad page the first.
  const status = (Object.values(ServiceCaseStatus) as string[]).includes(options.status ?? "")
    ? options.status
    : undefined;
  const pageSize = positiveInteger(options.pageSize, CASE_PAGE_SIZE, 100);
  const db = await getDb();
  const visible = visibleCasesWhere(actor);

  const grouped = await db.serviceCase.groupBy({
    by: ["status"],
    where: visible,
    _count: { _all: true },
  });
  const counts: ServiceCaseCounts = { OPEN: 0, RESOLVED: 0, DECLINED: 0, ALL: 0 };
  for (const g of grouped) {
    counts[g.status] = g._count._all;
    counts.ALL += g._count._all;
  }
  const total = status ? counts[status] : counts.ALL;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  // A hand-edited page beyond the end shows the last page rather than an empty one.
  const page = Math.min(positiveInteger(options.page, 1), pageCount);

  const cases = await db.serviceCase.findMany({
    where: { ...visible, ...(status ? { status } : {}) },
    include: {
      partner: { select: { name: true } },
      reference: { select: { customerCompany: true, projectTitle: true, status: true } },
      openedBy: { select: { name: true } },
      resolvedBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  const competencyIds = [...new Set(cases.flatMap((c) => (c.competencyId ? [c.competencyId] : [])))];
  const competencies = competencyIds.length
    ? await db.competency.findMany({ where: { id: { in: competencyIds } }, select: { id: true, name: true } })
    : [];
  const rows = cases.map(({ partner, reference, openedBy, resolvedBy, openedById, resolvedById, ...c }) => ({
    ...c,
    partnerName: partner.name,
    customerCompany: reference?.customerCompany ?? null,
    projectTitle: reference?.projectTitle ?? null,
    referenceStatus: reference?.status ?? null,
    referenceStatusLabel: reference ? STATUS_LABELS[reference.status] : null,
    competencyName: competencies.find((x) => x.id === c.competencyId)?.name ?? null,
    openedByName: openedBy?.name ?? null,
    resolvedByName: resolvedBy?.name ?? null,
  }));
  return { rows, total, page, pageSize, pageCount, counts };
}

function positiveInteger(value: number | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER) {
  return value !== undefined && Number.isInteger(value) && value >= 1 ? Math.min(value, max) : fallback;
}
