// End-to-end tests against the release build in dist/, in Debian's Chromium,
// once with WebGPU (SwiftShader) and once without it.
import { defineConfig } from "@playwright/test";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// The machine has no network beyond loopback; these keep Chromium from trying.
const quiet = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
// DESIGN.md: headless Chromium has a WebGPU adapter only with these.
const webgpu = [
  "--enable-unsafe-webgpu",
  "--enable-features=Vulkan",
  "--use-vulkan=swiftshader",
  "--use-webgpu-adapter=swiftshader",
  "--use-angle=swiftshader",
];

export const PORT = 4173;
export const SUBPATH_PORT = 4174;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "*.spec.js",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
  },
  webServer: [
    {
      command: `node scripts/static-server.mjs dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/index.html`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/static-server.mjs dist ${SUBPATH_PORT} /eigenplay/`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/eigenplay/index.html`,
      reuseExistingServer: false,
    },
  ],
  projects: [
    {
      name: "webgpu",
      use: { launchOptions: { executablePath: chromium, args: [...quiet, ...webgpu] } },
      metadata: { webgpu: true },
    },
    {
      name: "cpu",
      use: { launchOptions: { executablePath: chromium, args: quiet } },
      metadata: { webgpu: false },
    },
  ],
});
