#!/usr/bin/env node
// Scores the built extension's claims on the gold pages, next to the CLI's (see eval-page.ts).
//   node scripts/eval-page.mjs [--only SLUG[,SLUG]] [--json] [--verbose] [--keep]
import { runTs } from "./lib/run-ts.mjs";

await runTs("scripts/eval-page.ts");
