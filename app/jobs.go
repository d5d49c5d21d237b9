package app

import (
	"fyne.io/fyne/v2"
)

// background runs work off the UI goroutine and done back on it. While a
// job runs the project stays open: opening another project is refused and
// quitting waits for the job (see requestClose).
func (wb *Workbench) background(work func(), done func()) {
	wb.jobs++
	if wb.jobs == 1 {
		wb.setMenus()
	}
	wb.bg.Add(1)
	go func() {
		work()
		fyne.Do(func() {
			defer wb.bg.Done()
			wb.jobs--
			done()
			if wb.jobs > 0 {
				return
			}
			wb.setMenus()
			if f := wb.afterJobs; f != nil {
				wb.afterJobs = nil
				f()
			}
		})
	}()
}

// busy reports whether an import or export is running.
func (wb *Workbench) busy() bool { return wb.jobs > 0 }

func (wb *Workbench) hintBusy() {
	wb.hint("An import or export is running on this project: wait for it to finish before opening another project")
}

// Wait blocks until background work (imports, exports) has finished. Tests
// and the command line call it; never call it on the UI goroutine.
func (wb *Workbench) Wait() { wb.bg.Wait() }
