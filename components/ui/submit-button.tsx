"use client";
import { useFormStatus } from "react-dom";
import { buttonPrimary } from "./styles";

/** A submit button that shows progress while its form's action runs. */
export function SubmitButton({
  children,
  pendingLabel,
  className = buttonPrimary,
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingLabel ?? children) : children}
    </button>
  );
}
