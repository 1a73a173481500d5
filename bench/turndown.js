// turndown.js MODULES_DIR FILE -- the turndown peer: HTML file to Markdown
// on standard output (turndown parses with its bundled domino in node).
'use strict';
const path = require('path');
const fs = require('fs');
const TurndownService = require(path.resolve(process.argv[2], 'turndown'));
const html = fs.readFileSync(process.argv[3], 'utf8');
process.stdout.write(new TurndownService().turndown(html));
