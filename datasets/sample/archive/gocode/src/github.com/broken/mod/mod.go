package mod
