module github.com/example/strutil

go 1.20
