import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { AppShell } from "~/components/app-shell";
import { Toast } from "~/components/ui/toast";
import { resolveLocale } from "~/i18n/locale.server";
import { unreadCount } from "~/models/notifications/notification.server";
import stylesheet from "~/styles/app.css";
import { takeToast } from "~/utils/toast.server";
import { useT } from "~/utils/use-t";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Callcraft" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const locale = await resolveLocale(request, context);
  const auth = context.auth;
  const { toast, headers } = await takeToast(request, locale);
  return data(
    {
      locale,
      toast,
      cspNonce: context.cspNonce,
      user: auth
        ? {
            id: auth.user.id,
            name: auth.user.name,
            email: auth.user.email,
            roles: auth.roles,
            permissions: auth.permissions,
            unread: unreadCount(auth.user.id),
          }
        : null,
    },
    { headers },
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? "ru";
  const nonce = data?.cspNonce;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { user, toast } = useLoaderData<typeof loader>();
  return (
    <AppShell user={user}>
      <Toast toast={toast} />
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  const { t } = useT();
  let message = t("error.unexpected");
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) message = t("error.notFound");
    else if (error.status === 403) message = t("error.forbidden");
    else if (error.status === 405) message = t("error.methodNotAllowed");
    else if (typeof error.data === "string" && error.status < 500) message = error.data;
  }
  return (
    <AppShell user={data?.user ?? null}>
      <div role="alert" className="rounded border border-red-200 bg-white p-6">
        <h1 className="text-xl font-semibold">{t("error.title")}</h1>
        <p className="mt-2">{message}</p>
        <p className="mt-4">
          <Link to="/" className="text-brand-700 underline">
            {t("error.back")}
          </Link>
        </p>
      </div>
    </AppShell>
  );
}
