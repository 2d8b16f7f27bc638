import type { ActionState } from "@/lib/actions/action";

/** A server action as forms receive it (bound by the page, read with useActionState). */
export type FormAction<T = unknown> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
