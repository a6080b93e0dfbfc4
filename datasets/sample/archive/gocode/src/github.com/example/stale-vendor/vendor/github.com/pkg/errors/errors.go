package errors

// Patched by hand after go mod vendor.
