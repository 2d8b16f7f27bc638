"use client";
import { Field } from "../ui/field";
import type { FieldSpec } from "./form-fields";

/** One described field, with the value the user typed kept after a refused submit. */
export function SpecField({
  spec,
  values,
  errors,
  idPrefix,
}: {
  spec: FieldSpec;
  values: Record<string, string> | null;
  errors: Record<string, string[] | undefined>;
  idPrefix: string;
}) {
  if (spec.kind === "hidden") return <input type="hidden" name={spec.name} value={spec.value} />;
  const id = `${idPrefix}-${spec.name}`;
  if (spec.kind === "checkboxes" || spec.kind === "radio") {
    const fieldErrors = errors[spec.name];
    const checkedBefore = (value: string) =>
      values
        ? spec.kind === "radio"
          ? values[spec.name] === value
          : values[`${spec.name}:${value}`] !== undefined
        : spec.kind === "radio"
          ? spec.defaultValue === value
          : (spec.defaultValues ?? []).includes(value);
    return (
      <fieldset aria-describedby={fieldErrors?.length ? `${id}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">{spec.label}</legend>
        {spec.hint && <p className="mt-0.5 text-xs text-slate-600">{spec.hint}</p>}
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {spec.choices.map((choice) => (
            <label key={choice.value} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type={spec.kind === "radio" ? "radio" : "checkbox"}
                name={spec.kind === "radio" ? spec.name : `${spec.name}:${choice.value}`}
                value={spec.kind === "radio" ? choice.value : "on"}
                defaultChecked={checkedBefore(choice.value)}
                className="h-4 w-4 accent-brand-600"
              />
              {choice.label}
            </label>
          ))}
        </div>
        {fieldErrors?.length ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
            {fieldErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
    );
  }
  const value = values ? (values[spec.name] ?? "") : spec.defaultValue;
  if (spec.kind === "select") {
    const choices = spec.choices;
    return (
      <Field
        name={`${idPrefix}-${spec.name}`}
        label={spec.label}
        required={spec.required}
        hint={spec.hint}
        errors={errors[spec.name]}
      >
        {(props) => (
          <select {...props} name={spec.name} defaultValue={value ?? ""}>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  }
  return (
    <Field
      name={`${idPrefix}-${spec.name}`}
      label={spec.label}
      required={spec.required}
      hint={spec.hint}
      errors={errors[spec.name]}
    >
      {(props) => (
        <input
          {...props}
          name={spec.name}
          type={spec.kind}
          required={spec.required}
          maxLength={spec.maxLength}
          min={spec.min}
          max={spec.max}
          autoComplete={spec.autoComplete}
          defaultValue={value}
        />
      )}
    </Field>
  );
}
