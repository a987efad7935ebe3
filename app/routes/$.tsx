import type { LoaderFunctionArgs } from "@remix-run/node";

/**
 * Any URL no other route claims. Without this route Remix answers a 404 without running the root
 * loader, so the error page would forget who is signed in and in which language.
 */
export async function loader(_args: LoaderFunctionArgs) {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
