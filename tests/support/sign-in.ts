import { authOptions } from "@/lib/auth/options";
import { signInTokenHash } from "@/lib/auth/sign-in-token";
import { env } from "@/lib/env";

const DAY = 24 * 60 * 60 * 1000;

type EmailProvider = {
  options: {
    sendVerificationRequest(params: {
      identifier: string;
      url: string;
      expires: Date;
      token: string;
    }): Promise<void>;
  };
};

/**
 * What next-auth's Email provider does when someone asks for a sign-in link at `at`: it reads its
 * clock once (`expires` = at + the link's day), stores the token's hash and hands the link over.
 */
export async function askForSignInLink(identifier: string, token: string, at: Date): Promise<string> {
  const expires = new Date(at.getTime() + DAY);
  await authOptions().adapter!.createVerificationToken!({
    identifier,
    token: signInTokenHash(token),
    expires,
  });
  const provider = authOptions().providers.find((p) => p.id === "email") as unknown as EmailProvider;
  const url = `${env().appUrl}/api/auth/callback/email?token=${token}&email=${encodeURIComponent(identifier)}`;
  await provider.options.sendVerificationRequest({ identifier, url, expires, token });
  return url;
}
