package main

import "example.com/lib"

func main() { lib.Run() }
