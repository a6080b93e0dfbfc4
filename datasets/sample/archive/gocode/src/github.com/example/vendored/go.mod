module github.com/example/vendored

go 1.17

require (
	github.com/pkg/errors v0.9.1
	golang.org/x/sys v0.1.0 // indirect
)

replace golang.org/x/sys => golang.org/x/sys v0.2.0
