module github.com/example/future

go 1.25.0
