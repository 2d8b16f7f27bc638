/** What an agent's case forms need to know about one open case. */
export type CaseForActions = {
  id: string;
  type: string;
  referenceId: string | null;
  customerCompany: string | null;
  programAdministrator: string | null;
  competencyId: string | null;
  competencyName: string | null;
};

/** The case, its reference and the list's current view (to come back to afterwards). */
export function CaseHiddenFields({ serviceCase: c, view }: { serviceCase: CaseForActions; view: string }) {
  return (
    <>
      <input type="hidden" name="caseId" value={c.id} />
      <input type="hidden" name="referenceId" value={c.referenceId ?? ""} />
      <input type="hidden" name="view" value={view} />
    </>
  );
}

/** The case's customer company; `fallback` (translated "this reference") when the case has none. */
export const customerOf = (c: CaseForActions, fallback = "this reference") => c.customerCompany ?? fallback;
