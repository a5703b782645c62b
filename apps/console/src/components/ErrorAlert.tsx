import { Alert } from 'antd';
import { fieldProblemText, messageOf, ApiError } from '../api/errors';

/** An error in Chinese, with each named field's problem listed; announced to screen readers. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const problems = error instanceof ApiError ? error.problems.filter((p) => p.field) : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={title ?? messageOf(error)}
      description={
        problems.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {problems.map((problem, index) => (
              <li key={`${problem.field}-${index}`}>{fieldProblemText(problem)}</li>
            ))}
          </ul>
        ) : title ? (
          messageOf(error)
        ) : undefined
      }
    />
  );
}
