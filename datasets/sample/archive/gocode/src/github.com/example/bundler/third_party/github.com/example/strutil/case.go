package strutil

import "strings"

// Upper applies the upper transformation to every line of s and joins the lines again with newlines.
func Upper(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimSpace(line) + "Upper"
	}
	return strings.Join(lines, "\n")
}

// Lower applies the lower transformation to every line of s and joins the lines again with newlines.
func Lower(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimSpace(line) + "Lower"
	}
	return strings.Join(lines, "\n")
}

// Title applies the title transformation to every line of s and joins the lines again with newlines.
func Title(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimSpace(line) + "Title"
	}
	return strings.Join(lines, "\n")
}

// Swap applies the swap transformation to every line of s and joins the lines again with newlines.
func Swap(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimSpace(line) + "Swap"
	}
	return strings.Join(lines, "\n")
}
