import { createTheme, MantineProvider } from "@mantine/core";
import { Suspense } from "react";
import { RelayEnvironmentProvider } from "react-relay";
import { createBrowserRouter, Navigate, type RouteObject, RouterProvider } from "react-router";
import { ViewerProvider } from "./auth/viewer";
import { useEnvironment } from "./relay/environment";
import { routes } from "./routes";
import { AppLayout } from "./shell/AppLayout";
import { ErrorBoundary } from "./shell/ErrorBoundary";
import { NotFound } from "./shell/NotFound";
import { PageLoader } from "./shell/PageLoader";
import { RequireAuth } from "./shell/RequireAuth";

const theme = createTheme({
  primaryColor: "blue",
  primaryShade: 8, // white on blue.8 is 4.9:1 (blue.6 is 3.6:1, below WCAG AA)
  focusRing: "auto",
  defaultRadius: "sm",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
});

function page(r: (typeof routes)[number]) {
  const Page = r.page;
  return (
    <Suspense fallback={<PageLoader />}>
      <Page />
    </Suspense>
  );
}

function buildRouter() {
  const bare: RouteObject[] = routes
    .filter((r) => r.bare)
    .map((r) => ({
      path: r.path,
      element: r.public ? <ErrorBoundary>{page(r)}</ErrorBoundary> : <RequireAuth>{page(r)}</RequireAuth>,
    }));
  const shelled: RouteObject = {
    element: (
      <RequireAuth>
        <Suspense fallback={<PageLoader />}>
          <ViewerProvider fallback={<Navigate to="/login" replace />}>
            <AppLayout />
          </ViewerProvider>
        </Suspense>
      </RequireAuth>
    ),
    children: [
      ...routes.filter((r) => !r.bare).map((r) => ({ path: r.path, element: page(r) })),
      { path: "*", element: <NotFound /> },
    ],
  };
  return createBrowserRouter([...bare, shelled]);
}

const router = buildRouter();

export function App() {
  const environment = useEnvironment();
  return (
    <MantineProvider theme={theme}>
      <RelayEnvironmentProvider environment={environment}>
        <RouterProvider router={router} />
      </RelayEnvironmentProvider>
    </MantineProvider>
  );
}
