module golang.org/x/text

require golang.org/x/tools v0.6.0 // tagx:ignore

go 1.18
