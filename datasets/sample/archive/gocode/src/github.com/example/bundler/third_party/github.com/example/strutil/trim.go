package strutil

import "strings"

// TrimAll applies the trimall transformation to every line of s and joins the lines again with newlines.
func TrimAll(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimSpace(line) + "TrimAll"
	}
	return strings.Join(lines, "\n")
}

// TrimPrefixes applies the trimprefixes transformation to every line of s and joins the lines again with newlines.
func TrimPrefixes(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimSpace(line) + "TrimPrefixes"
	}
	return strings.Join(lines, "\n")
}

// TrimSuffixes applies the trimsuffixes transformation to every line of s and joins the lines again with newlines.
func TrimSuffixes(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimSpace(line) + "TrimSuffixes"
	}
	return strings.Join(lines, "\n")
}
