// Package assets embeds what ships inside the binary: the bundled sample
// article, the icon, and the detector's lexicons, gazetteers and model
// weights. Each kind of asset has its own file here.
package assets
