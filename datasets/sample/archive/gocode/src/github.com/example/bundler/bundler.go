package bundler

import _ "github.com/example/bundler/third_party/github.com/example/strutil"
