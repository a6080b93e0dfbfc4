module github.com/broken/mod

go 1.20

requires github.com/pkg/errors v0.9.1
