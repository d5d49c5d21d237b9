package assets

import (
	"bytes"
	"image/png"
	"testing"
)

func TestIcon(t *testing.T) {
	cfg, err := png.DecodeConfig(bytes.NewReader(Icon))
	if err != nil {
		t.Fatalf("decode icon.png: %v", err)
	}
	if cfg.Width != cfg.Height {
		t.Errorf("icon is %d×%d, want a square", cfg.Width, cfg.Height)
	}
	if cfg.Width < 512 {
		t.Errorf("icon is %d px wide, want at least 512 (fyne package and the hicolor 512 size)", cfg.Width)
	}
	img, err := png.Decode(bytes.NewReader(Icon))
	if err != nil {
		t.Fatalf("decode icon.png: %v", err)
	}
	// The tile has rounded corners: the corner pixel is transparent, the centre opaque.
	if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
		t.Errorf("corner pixel alpha = %d, want 0 (transparent)", a)
	}
	b := img.Bounds()
	if _, _, _, a := img.At(b.Dx()/2, b.Dy()/2).RGBA(); a != 0xffff {
		t.Errorf("centre pixel alpha = %d, want opaque", a)
	}
}
