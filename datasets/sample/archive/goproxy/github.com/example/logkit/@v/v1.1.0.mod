module github.com/example/logkit

go 1.21

toolchain go1.25.1

require (
	github.com/mattn/go-isatty v0.0.20
	golang.org/x/text v0.20.0
)
