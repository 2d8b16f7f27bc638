import { inputClass } from "./styles";

type FieldProps = {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children?: (props: {
    id: string;
    name: string;
    "aria-invalid": boolean;
    "aria-describedby"?: string;
    className: string;
  }) => React.ReactNode;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "children" | "name">;

/** A labelled form control with its hint and field-level errors wired up for screen readers. */
export function Field({ name, label, errors, hint, children, ...input }: FieldProps) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  const controlProps = {
    id,
    name,
    "aria-invalid": Boolean(errors?.length),
    "aria-describedby": describedBy || undefined,
    className: inputClass,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {input.required && <span className="text-red-700"> *</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-600">
          {hint}
        </p>
      )}
      <div className="mt-1">{children ? children(controlProps) : <input {...controlProps} {...input} />}</div>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
