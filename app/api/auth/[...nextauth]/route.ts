import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { refuseOverLimitSignIn } from "@/lib/auth/sign-in-limit";

export const dynamic = "force-dynamic";

async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  const refusal = await refuseOverLimitSignIn(req);
  if (refusal) return refusal;
  return NextAuth(authOptions())(req, ctx);
}

export { handler as GET, handler as POST };
