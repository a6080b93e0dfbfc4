package report

import "github.com/example/logkit"

var _ = logkit.Format
