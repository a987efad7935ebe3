import type { AuthState } from "~/auth/session.server";

declare module "@remix-run/server-runtime" {
  interface AppLoadContext {
    /** the signed-in user, validated once per request by the server */
    auth: AuthState | null;
    /** the nonce the Content-Security-Policy allows for inline scripts */
    cspNonce: string;
    /** the peer address, for rate limiting */
    clientAddress: string;
  }
  interface Future {
    v3_singleFetch: true;
  }
}

export {};
