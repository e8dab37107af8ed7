import { createTheme, MantineProvider } from "@mantine/core";
import { lazy, Suspense } from "react";
import { RelayEnvironmentProvider } from "react-relay";
import { createBrowserRouter, type RouteObject, RouterProvider } from "react-router";
import { ViewerProvider } from "./auth/viewer";
import { useEnvironment } from "./relay/environment";
import { routes } from "./routes";
import { ErrorBoundary } from "./shell/ErrorBoundary";
import { NotFound } from "./shell/NotFound";
import { PageLoader } from "./shell/PageLoader";
import { RequireAuth } from "./shell/RequireAuth";

// The shell (navigation, banner) is not needed by the login page: loaded with the first page
// behind the login.
const AppLayout = lazy(() => import("./shell/AppLayout").then((m) => ({ default: m.AppLayout })));

const theme = createTheme({
  primaryColor: "blue",
  // Darker shades: text and buttons keep a 4.5:1 contrast (WCAG AA).
  primaryShade: { light: 8, dark: 7 },
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
          <ViewerProvider>
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
