// Command quotebench is the Quotebench annotation workbench: the GUI when run
// without a subcommand, batch subcommands (import, list, detect, eval, export)
// for scripts. This file only dispatches; each subcommand lives in its own file.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// version is set at build time: -ldflags "-X main.version=$(git describe)".
var version = "dev"

// command is one subcommand. run gets the arguments after the subcommand's
// name and returns the process exit status.
type command struct {
	name    string
	usage   string // "import --project P PATH..."
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var commands = map[string]command{}

// register adds a subcommand; each subcommand file calls it from init.
func register(c command) { commands[c.name] = c }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch a := args[0]; {
		case a == "--version" || a == "-version" || a == "version":
			fmt.Fprintln(stdout, "quotebench", version)
			return 0
		case a == "--help" || a == "-h" || a == "-help" || a == "help":
			usage(stdout)
			return 0
		case !strings.HasPrefix(a, "-"):
			if c, ok := commands[a]; ok {
				return c.run(args[1:], stdout, stderr)
			}
			if !opensInWindow(a) {
				fmt.Fprintf(stderr, "quotebench: unknown command %q\n\n", a)
				usage(stderr)
				return 2
			}
		}
	}
	// No subcommand: the GUI, optionally on files to open.
	return runGUI(args, stdout, stderr)
}

// opensInWindow reports whether a first argument that is not a subcommand
// is something the window opens: a project file (new or existing) or an
// existing article. Anything else is a mistyped command.
func opensInWindow(arg string) bool {
	if strings.HasSuffix(strings.ToLower(arg), ".quotebench") {
		return true
	}
	_, err := os.Stat(arg)
	return err == nil
}

func usage(w io.Writer) {
	fmt.Fprintf(w, `Quotebench %s — find, check and export who said what in news articles.

Usage:
  quotebench [--project P] [ARTICLE...]   open the workbench window
  quotebench COMMAND [flags]              run a batch command

Commands:
`, version)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintf(w, "\nRun 'quotebench COMMAND --help' for a command's flags.\n")
}

// newFlags makes a flag set for a subcommand that prints its usage to stderr
// on --help and returns errors instead of exiting.
// failer returns a command's error reporter: it prints "quotebench c: "
// and the message to stderr and returns code, the exit status.
func failer(c string, stderr io.Writer) func(code int, format string, a ...any) int {
	return func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "quotebench "+c+": "+format+"\n", a...)
		return code
	}
}

func newFlags(c string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(c, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		cmd := commands[c]
		fmt.Fprintf(stderr, "Usage: quotebench %s\n\n%s\n\nFlags:\n", cmd.usage, cmd.summary)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; it returns (exit status, true) when the caller
// should stop: 0 after --help, 2 after a bad flag.
func parseFlags(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, true
		}
		return 2, true
	}
	return 0, false
}
