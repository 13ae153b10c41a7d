// Reads a JSON array of [headingText, repetition] from stdin and prints, as a JSON array, the
// markdown link doctoc's anchor function (anchor-markdown-header, github mode) makes of each.
"use strict";
const anchor = require("anchor-markdown-header");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const cases = JSON.parse(input);
  process.stdout.write(JSON.stringify(cases.map(([text, repetition]) => anchor(text, "github.com", repetition))));
});
