import "./styles";
import "./app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { i18nReady } from "./i18n";
import { registerServiceWorker } from "./pwa";

function render(): void {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
// The shell's texts first (at once in Indonesian; English is fetched): no page shows keys.
i18nReady.then(render, render);
registerServiceWorker();
