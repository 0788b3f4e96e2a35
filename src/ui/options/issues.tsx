/**
 * An error summary (GOV.UK pattern): a titled list of problems that takes focus
 * when it appears, so screen-reader and keyboard users land on it.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PolicyIssue } from '../../policy';

export interface IssueSummaryProps {
  id: string;
  title: string;
  issues: readonly PolicyIssue[];
  /** Changes on each new failure, so focus moves again even when the text is the same. */
  attempt: number;
}

/** The issues of a rule file, each with its path in the file. */
export function IssueSummary({ id, title, issues, attempt }: IssueSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [attempt]);
  return (
    <div id={id} ref={ref} class="error-summary" role="alert" tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {issues.length > 0 && <IssueList issues={issues} />}
    </div>
  );
}

/** Issues as a list: `path` in code, then the message. */
export function IssueList({ issues }: { issues: readonly PolicyIssue[] }) {
  return (
    <ul class="issues">
      {issues.map((issue, index) => (
        <li key={index}>
          <code class="issue-path">{issue.path}</code>: <span class="issue-message">{issue.message}</span>
        </li>
      ))}
    </ul>
  );
}
