// Serializable field descriptions, so server pages can describe a form that a client component draws.

export type Choice = { value: string; label: string };

export type FieldSpec =
  | {
      kind: "text" | "email" | "number";
      name: string;
      label: string;
      required?: boolean;
      maxLength?: number;
      min?: number;
      max?: number;
      hint?: string;
      defaultValue?: string;
      autoComplete?: string;
    }
  | ChoiceSpec<"select">
  | ChoiceSpec<"radio">
  | {
      kind: "checkboxes";
      name: string;
      label: string;
      choices: Choice[];
      hint?: string;
      defaultValues?: string[];
    }
  | { kind: "hidden"; name: string; value: string };

type ChoiceSpec<K extends "select" | "radio"> = {
  kind: K;
  name: string;
  label: string;
  choices: Choice[];
  required?: boolean;
  hint?: string;
  defaultValue?: string;
};
