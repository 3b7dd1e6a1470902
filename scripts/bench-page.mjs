#!/usr/bin/env node
// Times the built extension's content script in Chromium on every corpus page (see bench-page.ts).
//   node scripts/bench-page.mjs [--limit N] [--only SLUG[,SLUG]] [--runs N] [--timeout MS] [--json]
import { runTs } from "./lib/run-ts.mjs";

await runTs("scripts/bench-page.ts");
