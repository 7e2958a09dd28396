/** A failed API call, carrying the server's problem details so the UI can say what went wrong. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Every problem of a body checked as a whole (an imported file), each at its JSON path. */
    readonly problems: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

interface ProblemDetail {
  title?: string;
  detail?: string;
  code?: string;
  errors?: { path: string; message: string }[];
}

export async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetail = {};
  try {
    problem = (await response.json()) as ProblemDetail;
  } catch {
    // not a problem document (e.g. a proxy's error page); fall back to the status line
  }
  return new ApiError(
    response.status,
    problem.code ?? `HTTP_${response.status}`,
    problem.detail ?? problem.title ?? response.statusText,
    problem.errors ?? [],
  );
}
