-- Service cases become audit events (decision 050): the activity page now reads them from
-- AuditEvent, so the cases opened and closed before this migration get theirs here. A separate
-- migration from the one that added the enum value: PostgreSQL cannot use a new enum value in the
-- transaction that added it.
INSERT INTO "AuditEvent" ("id", "partnerId", "kind", "action", "subjectId", "subjectLabel",
  "actorKind", "actorUserId", "actorLabel", "before", "after", "createdAt")
SELECT 'case-opened-' || c.id, c."partnerId", 'SERVICE_CASE', 'case.opened', c.id,
  CASE c.type WHEN 'CANCELLATION' THEN 'Cancellation request' ELSE 'Help with assigning' END
    || COALESCE(': ' || r."projectTitle", ''),
  'PARTNER_USER', c."openedById", COALESCE(u.name, 'Partner user'), NULL,
  jsonb_build_object('status', 'OPEN', 'referenceId', c."referenceId", 'message', c.message),
  c."createdAt"
FROM "ServiceCase" c
LEFT JOIN "ReferenceRequest" r ON r.id = c."referenceId"
LEFT JOIN "User" u ON u.id = c."openedById";

INSERT INTO "AuditEvent" ("id", "partnerId", "kind", "action", "subjectId", "subjectLabel",
  "actorKind", "actorUserId", "actorLabel", "before", "after", "createdAt")
SELECT 'case-closed-' || c.id, c."partnerId", 'SERVICE_CASE', 'case.' || lower(c.status::text), c.id,
  CASE c.type WHEN 'CANCELLATION' THEN 'Cancellation request' ELSE 'Help with assigning' END
    || COALESCE(': ' || r."projectTitle", ''),
  'AGENT', c."resolvedById", COALESCE(u.name, 'Regional Service Center') || ' (Regional Service Center)',
  jsonb_build_object('status', 'OPEN'),
  CASE c.status WHEN 'RESOLVED' THEN jsonb_build_object('status', 'RESOLVED', 'resolution', c.resolution)
    ELSE jsonb_build_object('status', 'DECLINED', 'reason', c.resolution) END,
  c."resolvedAt"
FROM "ServiceCase" c
LEFT JOIN "ReferenceRequest" r ON r.id = c."referenceId"
LEFT JOIN "User" u ON u.id = c."resolvedById"
WHERE c."resolvedAt" IS NOT NULL;

-- R13: a FAILED email no longer keeps a secret-carrying body (a requeue renders it anew).
UPDATE "OutboxEmail" SET html = '', text = '' WHERE status = 'FAILED' AND "carriesSecret";
