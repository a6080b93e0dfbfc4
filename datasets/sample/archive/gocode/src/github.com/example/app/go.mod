module github.com/example/app

go 1.21

require (
	example.com/lib v1.2.0
	github.com/pkg/errors v0.9.1
	golang.org/x/text v0.14.0 // indirect
)

replace example.com/lib => ../lib

replace github.com/pkg/errors v0.9.1 => github.com/fork/errors v0.9.2
