// Every file under a folder, as paths relative to it with forward slashes
// (as they appear in URLs). Shared by the build and test scripts.
import { readdirSync, statSync } from "node:fs";
import { join, sep } from "node:path";

export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join("/"))
    .sort();
}
