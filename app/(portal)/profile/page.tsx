import type { Metadata } from "next";
import { PageHeader } from "@/components/portal/page-header";
import { getActor } from "@/lib/auth/session";
import { NoticePreferences } from "./notice-preferences";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const actor = (await getActor())!;
  return (
    <div className="space-y-6">
      <PageHeader title="Your profile" description={`${actor.name} · ${actor.email}`} />
      <NoticePreferences actor={actor} />
    </div>
  );
}
