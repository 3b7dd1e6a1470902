import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60000,
          hookTimeout: 120000,
          fileParallelism: false,
          // After the unit tests, not beside them: two browsers on a 2-core machine slow everything else down.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
