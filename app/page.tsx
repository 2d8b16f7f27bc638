import { redirect } from "next/navigation";

/** The Reference List is home; signed-out visitors are sent to sign in first (proxy.ts). */
export default function HomePage() {
  redirect("/references");
}
