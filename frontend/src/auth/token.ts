/**
 * The signed-in session's tokens, as the API client sees them. The session module (and the OIDC library with
 * it) is loaded only in the console; until it registers here, calls go out without a token, as the public
 * site's do.
 */
export interface TokenSource {
  accessToken(): Promise<string | null>
  renewAfterRejection(): Promise<string | null>
}

let source: TokenSource | null = null

export function registerTokenSource(tokens: TokenSource): void {
  source = tokens
}

export function tokenSource(): TokenSource | null {
  return source
}
