package czlib

// #cgo CFLAGS: -Izlib
// #include "zlib.h"
import "C"
