import { Alert, Button, Stack } from "@mantine/core";
import { Component, type ReactNode } from "react";
import { Translation } from "react-i18next";
import { onReconnect } from "../relay/connection";
import { NetworkError, SessionExpiredError } from "../relay/network";

interface State {
  error: Error | null;
}

/** A page that failed to load says why and offers a retry; after a network failure it retries by
 * itself when the API answers again. An expired session is handled by the login redirect. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };
  private unsubscribe: (() => void) | null = null;

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidMount() {
    this.unsubscribe = onReconnect(() => {
      if (this.state.error instanceof NetworkError) this.setState({ error: null });
    });
  }

  componentWillUnmount() {
    this.unsubscribe?.();
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (error instanceof SessionExpiredError) return null;
    return (
      <Translation>
        {(t) => (
          <Stack p="md" maw={560}>
            <Alert
              color="red"
              role="alert"
              title={error instanceof NetworkError ? t("error.network") : t("error.generic")}
            >
              {error instanceof NetworkError ? t("connection.apiDown") : error.message}
            </Alert>
            <Button variant="light" onClick={() => this.setState({ error: null })} w="fit-content">
              {t("retry")}
            </Button>
          </Stack>
        )}
      </Translation>
    );
  }
}
