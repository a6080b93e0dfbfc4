package strutil

import "strings"

// PadLeft applies the padleft transformation to every line of s and joins the lines again with newlines.
func PadLeft(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimSpace(line) + "PadLeft"
	}
	return strings.Join(lines, "\n")
}

// PadRight applies the padright transformation to every line of s and joins the lines again with newlines.
func PadRight(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimSpace(line) + "PadRight"
	}
	return strings.Join(lines, "\n")
}

// Center applies the center transformation to every line of s and joins the lines again with newlines.
func Center(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimSpace(line) + "Center"
	}
	return strings.Join(lines, "\n")
}
