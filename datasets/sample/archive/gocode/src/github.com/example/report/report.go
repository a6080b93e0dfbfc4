package report

import (
	"code.google.com/p/legacy-tool"
	"github.com/example/logkit"
)

var _ = logkit.Format
var _ = tool.Run
