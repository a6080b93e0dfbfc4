package main

import _ "github.com/example/report"

func main() {}
