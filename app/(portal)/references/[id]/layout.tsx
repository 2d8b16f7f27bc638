import { notFound, redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { referenceExists } from "@/lib/references/exists";

// Existence is settled here, above this page's loading boundary: once the boundary has streamed,
// a "not found" could only be shown, no longer answered with HTTP 404 (decision 033).
export default async function ReferenceLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const [{ id }, actor] = await Promise.all([params, getActor()]);
  if (!actor) redirect("/signin");
  if (!(await referenceExists({ actor, referenceId: id }))) notFound();
  return children;
}
