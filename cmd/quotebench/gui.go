package main

import (
	"fmt"
	"io"
)

// runGUI opens the workbench window. Placeholder until the window lands.
func runGUI(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "quotebench: the window is not built yet")
	return 1
}
