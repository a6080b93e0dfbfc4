package unix
