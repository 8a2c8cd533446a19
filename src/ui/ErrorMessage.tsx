/** A form- or screen-level error, announced as it appears. */
export function ErrorMessage({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="error-message" role="alert">
      {message}
    </p>
  );
}
