import Link from "next/link";
import { linkClass } from "../ui/styles";

/** Follows an R5/R6 refusal: whom to ask, and where to see who administers which location. */
export function AskAdministrators({ globals }: { globals: string[] }) {
  return (
    <p className="mt-2" data-testid="ask-administrators">
      {globals.length > 0 && <>Your Global Administrators: {globals.join(", ")}. </>}
      <Link href="/settings/users" className={linkClass}>
        See who administers which location
      </Link>
      .
    </p>
  );
}
