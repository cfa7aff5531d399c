/** Why a form or dialog could not do what was asked, announced as it appears; nothing when all is well. */
export function FormProblem({ problem }: { problem: string | null | undefined }) {
  if (!problem) return null;
  return (
    <p className="inline-problem" role="alert">
      {problem}
    </p>
  );
}
